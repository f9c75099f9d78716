package com.ayurlahi.products.web;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.products.StockImport;
import com.ayurlahi.products.StockImportPreview;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * Stock from a CSV file: upload, a preview of every row with its problems, then apply all
 * rows or none. The preview page carries the file's text to the apply step, which checks
 * it again.
 */
@Controller
@RequestMapping("/manufacturer/products/import")
class StockImportController {

	private static final String PAGE = "manufacturer/stock-import";

	private final StockImport stockImport;

	StockImportController(StockImport stockImport) {
		this.stockImport = stockImport;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("upload", StockUploadFormData.none());
		return PAGE;
	}

	@PostMapping
	String preview(@AuthenticationPrincipal AuthenticatedUser user,
			@ModelAttribute("upload") StockUploadFormData upload, BindingResult errors, Model model) {
		MultipartFile file = upload.file();
		if (file == null || file.isEmpty()) {
			errors.rejectValue("file", "required",
					"Choose a CSV file with the columns sku, stock and, optionally, unitPrice.");
			return PAGE;
		}
		if (file.getSize() > StockImport.MAX_LENGTH) {
			errors.rejectValue("file", "tooLarge", "The file is larger than 256 KB; split it into smaller files.");
			return PAGE;
		}
		String csv;
		try {
			csv = utf8(file.getBytes());
		}
		catch (IOException | IllegalArgumentException unreadable) {
			errors.rejectValue("file", "notUtf8",
					"The file is not a text file in UTF-8: save it from your spreadsheet as \"CSV UTF-8\".");
			return PAGE;
		}
		return show(stockImport.preview(user, csv), csv, model);
	}

	@PostMapping("/apply")
	String apply(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam String csv,
			@ModelAttribute("upload") StockUploadFormData upload, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			int changed = stockImport.apply(user, csv);
			FlashMessage.success(redirect, changed == 1 ? "1 product was updated from your file."
					: changed + " products were updated from your file.");
			return "redirect:/manufacturer/products";
		}
		catch (InvalidInputException invalid) {
			errors.rejectValue("file", "invalid", String.valueOf(invalid.getMessage()));
			return show(stockImport.preview(user, csv), csv, model);
		}
	}

	private static String show(StockImportPreview preview, String csv, Model model) {
		model.addAttribute("preview", preview);
		model.addAttribute("csv", csv);
		return PAGE;
	}

	/**
	 * The bytes as UTF-8 text without a byte order mark; anything else is refused rather
	 * than misread.
	 */
	private static String utf8(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException notUtf8) {
			throw new IllegalArgumentException("Not UTF-8", notUtf8);
		}
	}

}
