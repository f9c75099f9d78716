package com.ayurlahi.invoices;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.xhtmlrenderer.pdf.ITextRenderer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Renders a document from its Thymeleaf template
 * ({@code templates/documents/invoice.html}): to HTML for the preview in the browser, and
 * through Flying Saucer to an A4 PDF with DejaVu Sans embedded, which has the ₹ sign.
 */
@Component
class InvoiceRenderer {

	static final String TEMPLATE = "documents/invoice";

	private static final String FONT_FAMILY = "DejaVu Sans";

	private static final List<String> FONTS = List.of("documents/fonts/DejaVuSans.ttf",
			"documents/fonts/DejaVuSans-Bold.ttf");

	private final ITemplateEngine templates;

	private final List<byte[]> fonts;

	private final Timer htmlTimer;

	private final Timer pdfTimer;

	InvoiceRenderer(ITemplateEngine templates, MeterRegistry meters) {
		this.templates = templates;
		this.fonts = FONTS.stream().map(InvoiceRenderer::read).toList();
		this.htmlTimer = Timer.builder("ayurlahi.invoices.render")
			.tag("format", "html")
			.description("Rendering a document's template to HTML")
			.register(meters);
		this.pdfTimer = Timer.builder("ayurlahi.invoices.render")
			.tag("format", "pdf")
			.description("Rendering a document to PDF, its HTML included")
			.register(meters);
	}

	String html(InvoiceDocument document) {
		return htmlTimer.record(() -> template(document));
	}

	byte[] pdf(InvoiceDocument document) {
		return pdfTimer.record(() -> render(document));
	}

	private String template(InvoiceDocument document) {
		Context context = new Context();
		context.setVariable("document", document);
		context.setVariable("invoice", document.invoice());
		return templates.process(TEMPLATE, context);
	}

	private byte[] render(InvoiceDocument document) {
		String html = template(document);
		try {
			ITextRenderer renderer = new ITextRenderer();
			for (int i = 0; i < fonts.size(); i++) {
				BaseFont font = BaseFont.createFont(FONTS.get(i), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
						fonts.get(i), null);
				renderer.getFontResolver().addFont(font, FONTS.get(i), FONT_FAMILY);
			}
			renderer.setDocumentFromString(html);
			renderer.layout();
			ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
			renderer.createPDF(pdf);
			return pdf.toByteArray();
		}
		catch (DocumentException | IOException failed) {
			throw new IllegalStateException("Invoice " + document.invoice().getNumber() + " could not be rendered",
					failed);
		}
	}

	private static byte[] read(String font) {
		try (InputStream in = new ClassPathResource(font).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException missing) {
			throw new UncheckedIOException("Font " + font + " is missing from the application", missing);
		}
	}

}
