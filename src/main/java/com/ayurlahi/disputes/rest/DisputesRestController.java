package com.ayurlahi.disputes.rest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.disputes.DisputeAnswers;
import com.ayurlahi.disputes.DisputeDecisions;
import com.ayurlahi.disputes.DisputeEvidenceFiles;
import com.ayurlahi.disputes.DisputeFilter;
import com.ayurlahi.disputes.DisputeOpening;
import com.ayurlahi.disputes.DisputeQueries;
import com.ayurlahi.disputes.DisputeStatus;
import com.ayurlahi.disputes.DisputeSummary;
import com.ayurlahi.disputes.DisputeThread;
import com.ayurlahi.disputes.DisputeView;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * {@code /api/disputes}: a clinic reports a problem with its order and adds evidence, the
 * manufacturer answers, the clinic accepts or refuses an offer or withdraws, an admin
 * decides what is escalated; everyone who sees a dispute writes on its thread. Each role
 * lists and reads only the disputes it may see; another party's dispute does not exist
 * (404).
 */
@RestController
@RequestMapping("/api/disputes")
class DisputesRestController {

	private final DisputeOpening opening;

	private final DisputeAnswers answers;

	private final DisputeDecisions decisions;

	private final DisputeThread thread;

	private final DisputeEvidenceFiles evidence;

	private final DisputeQueries queries;

	DisputesRestController(DisputeOpening opening, DisputeAnswers answers, DisputeDecisions decisions,
			DisputeThread thread, DisputeEvidenceFiles evidence, DisputeQueries queries) {
		this.opening = opening;
		this.answers = answers;
		this.decisions = decisions;
		this.thread = thread;
		this.evidence = evidence;
		this.queries = queries;
	}

	@ApiResponse(responseCode = "201", description = "The dispute, opened", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "The order or an item of it is not found, or is another clinic's")
	@PostMapping
	@PreAuthorize("hasRole('CLINIC')")
	ResponseEntity<DisputeView> open(@AuthenticationPrincipal AuthenticatedUser clinic,
			@Valid @RequestBody DisputeRequest request) {
		DisputeView dispute = opening.open(request.toNewDispute(), clinic);
		return ResponseEntity.created(URI.create("/api/disputes/" + dispute.id())).body(dispute);
	}

	/** Soonest deadline first, then newest. */
	@GetMapping
	PagedModel<DisputeSummary> list(@AuthenticationPrincipal AuthenticatedUser viewer,
			@RequestParam(required = false) @Nullable DisputeStatus status,
			@PageableDefault(size = 20) Pageable pageable) {
		Pageable page = Pages.checked(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()), Map.of());
		return new PagedModel<>(queries.search(DisputeFilter.withStatus(status), viewer, page));
	}

	@GetMapping("/{id}")
	DisputeView one(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser viewer) {
		return queries.get(id, viewer);
	}

	@ApiResponse(responseCode = "201", description = "The dispute with the file added", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "413", description = "The file is larger than 5 MB")
	@PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DisputeView> addEvidence(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user,
			@RequestPart("file") MultipartFile file) throws IOException {
		if (file.isEmpty()) {
			throw new InvalidInputException("file", "Choose a photo (JPEG or PNG) or a PDF.");
		}
		DisputeView dispute = evidence.add(id, String.valueOf(file.getOriginalFilename()), file.getBytes(), user);
		return ResponseEntity.status(201).body(dispute);
	}

	@GetMapping("/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidenceFile(@PathVariable UUID id, @PathVariable UUID evidenceId,
			@AuthenticationPrincipal AuthenticatedUser viewer) {
		DisputeEvidenceFiles.EvidenceFile file = evidence.open(id, evidenceId, viewer);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping("/{id}/messages")
	DisputeView message(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user,
			@Valid @RequestBody MessageRequest request) {
		return thread.post(id, String.valueOf(request.text()), request.isInternal(), user);
	}

	@PostMapping("/{id}/respond")
	@PreAuthorize("hasRole('MANUFACTURER')")
	DisputeView respond(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser manufacturer,
			@Valid @RequestBody RespondRequest request) {
		return answers.respond(id, request.toResponse(), manufacturer);
	}

	@PostMapping("/{id}/offer/accept")
	@PreAuthorize("hasRole('CLINIC')")
	DisputeView acceptOffer(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser clinic) {
		return answers.acceptOffer(id, clinic);
	}

	@PostMapping("/{id}/offer/refuse")
	@PreAuthorize("hasRole('CLINIC')")
	DisputeView refuseOffer(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser clinic,
			@Valid @RequestBody(required = false) @Nullable NoteRequest request) {
		return answers.refuseOffer(id, NoteRequest.of(request), clinic);
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasRole('CLINIC')")
	DisputeView withdraw(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser clinic,
			@Valid @RequestBody(required = false) @Nullable NoteRequest request) {
		return answers.withdraw(id, NoteRequest.of(request), clinic);
	}

	@PostMapping("/{id}/reopen")
	@PreAuthorize("hasRole('CLINIC')")
	DisputeView reopen(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser clinic,
			@Valid @RequestBody(required = false) @Nullable NoteRequest request) {
		return opening.reopen(id, NoteRequest.of(request), clinic);
	}

	@PostMapping("/{id}/replacement")
	@PreAuthorize("hasRole('MANUFACTURER')")
	DisputeView shipReplacement(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser manufacturer,
			@Valid @RequestBody RespondRequest.Replacement request) {
		return answers.shipReplacement(id, new com.ayurlahi.disputes.ManufacturerResponse.Shipment(
				String.valueOf(request.carrier()), String.valueOf(request.trackingNumber())), manufacturer);
	}

	@PostMapping("/{id}/escalate")
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPPORT')")
	DisputeView escalate(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser staff,
			@Valid @RequestBody(required = false) @Nullable NoteRequest request) {
		return decisions.escalate(id, NoteRequest.of(request), staff);
	}

	@PostMapping("/{id}/decide")
	@PreAuthorize("hasRole('ADMIN')")
	DisputeView decide(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser admin,
			@Valid @RequestBody DecideRequest request) {
		return decisions.decide(id, request.toDecision(), admin);
	}

}
