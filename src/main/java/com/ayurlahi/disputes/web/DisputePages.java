package com.ayurlahi.disputes.web;

import java.io.IOException;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.ContentTooLargeException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.disputes.DisputeEvidenceFiles;
import com.ayurlahi.disputes.DisputeQueries;
import com.ayurlahi.disputes.DisputeReason;
import com.ayurlahi.disputes.DisputeResolution;
import com.ayurlahi.disputes.DisputeThread;
import com.ayurlahi.disputes.DisputeView;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * What the three portals' dispute pages share: the page of one dispute (the template
 * shows each portal its own actions), its evidence files, messages and uploads, and
 * one-button actions done as post/redirect/get with the outcome, or the refusal, as the
 * flash message.
 */
@Component
class DisputePages {

	private final DisputeQueries queries;

	private final DisputeThread thread;

	private final DisputeEvidenceFiles evidence;

	DisputePages(DisputeQueries queries, DisputeThread thread, DisputeEvidenceFiles evidence) {
		this.queries = queries;
		this.thread = thread;
		this.evidence = evidence;
	}

	String detail(String portalPath, UUID disputeId, AuthenticatedUser viewer, Model model) {
		DisputeView dispute = queries.get(disputeId, viewer);
		model.addAttribute("dispute", dispute);
		model.addAttribute("base", portalPath + "/disputes/" + disputeId);
		model.addAttribute("portalPath", portalPath);
		model.addAttribute("reasons", DisputeReason.values());
		model.addAttribute("resolutions", DisputeResolution.values());
		model.addAttribute("now", queries.now());
		return "disputes/detail";
	}

	/**
	 * The dispute's thread alone, for the page's htmx refresh: what the other party and
	 * the team wrote meanwhile appears without reloading the page.
	 */
	String thread(String portalPath, UUID disputeId, AuthenticatedUser viewer, Model model) {
		model.addAttribute("dispute", queries.get(disputeId, viewer));
		model.addAttribute("base", portalPath + "/disputes/" + disputeId);
		return "disputes/detail :: messages";
	}

	/**
	 * Puts a form back on the page as {@code form}, completed where the post left rows
	 * out, with the errors found in what was posted.
	 */
	static void showAgain(Model model, Object completed, BindingResult errors) {
		BeanPropertyBindingResult shown = new BeanPropertyBindingResult(completed, "form");
		shown.addAllErrors(errors);
		model.addAttribute("form", completed);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", shown);
	}

	String post(String portalPath, UUID disputeId, String text, boolean internal, AuthenticatedUser author,
			RedirectAttributes redirect) {
		return act(portalPath, disputeId, redirect, () -> thread.post(disputeId, text, internal, author),
				internal ? "Internal note added." : "Message sent.");
	}

	String upload(String portalPath, UUID disputeId, MultipartFile file, AuthenticatedUser uploader,
			RedirectAttributes redirect) {
		return act(portalPath, disputeId, redirect, () -> {
			try {
				return evidence.add(disputeId, String.valueOf(file.getOriginalFilename()), file.getBytes(), uploader);
			}
			catch (IOException unreadable) {
				throw new InvalidInputException("file", "The file could not be read; try again.");
			}
		}, "File added as evidence.");
	}

	ResponseEntity<byte[]> file(UUID disputeId, UUID evidenceId, AuthenticatedUser viewer) {
		DisputeEvidenceFiles.EvidenceFile file = evidence.open(disputeId, evidenceId, viewer);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	/**
	 * Does a one-button action and goes back to the dispute's page, saying what happened
	 * or why it was refused.
	 */
	String act(String portalPath, UUID disputeId, RedirectAttributes redirect, Supplier<DisputeView> action,
			String done) {
		try {
			DisputeView dispute = action.get();
			FlashMessage.success(redirect, done.replace("{status}", dispute.status().label().toLowerCase()));
		}
		catch (ConflictException | InvalidInputException | ContentTooLargeException refusal) {
			FlashMessage.refused(redirect, refusal);
		}
		return "redirect:" + portalPath + "/disputes/" + disputeId;
	}

}
