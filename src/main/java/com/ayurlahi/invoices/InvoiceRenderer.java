package com.ayurlahi.invoices;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Renders a document from its Thymeleaf template
 * ({@code templates/documents/invoice.html}): to HTML for the preview in the browser, and
 * through Flying Saucer to an A4 PDF with DejaVu Sans embedded, which has the ₹ sign.
 * <p>
 * What does not change between documents is prepared once: the DejaVu fonts are parsed
 * when the renderer is made, and each thread keeps a font resolver that already knows
 * them (Flying Saucer would otherwise read each font file again for every document to
 * measure its underline), and so does the default stylesheet of XHTML
 * ({@link #keepParsedStylesheets}). Every document gets a renderer of its own (cheap: it
 * is not thread-safe and keeps a document's metadata). The template's HTML is read into a
 * DOM without Flying Saucer's HTML5 entity DTD, which its own parser reads for every
 * document: Thymeleaf writes only the XML entities and numeric references, so a named
 * HTML entity in the template fails the render with the parser's message instead of
 * printing wrongly. {@link #pdfs} renders several documents at once, on a pool of as many
 * threads as the machine has cores, and hands each on as soon as it is done.
 */
@Component
class InvoiceRenderer implements DisposableBean {

	static final String TEMPLATE = "documents/invoice";

	private static final String FONT_FAMILY = "DejaVu Sans";

	private static final List<String> FONTS = List.of("documents/fonts/DejaVuSans.ttf",
			"documents/fonts/DejaVuSans-Bold.ttf");

	private final ITemplateEngine templates;

	private final List<BaseFont> fonts;

	private final ThreadLocal<ITextFontResolver> fontResolvers = ThreadLocal.withInitial(this::fontResolver);

	private final ThreadLocal<DocumentBuilder> parsers = ThreadLocal.withInitial(InvoiceRenderer::parser);

	private final ThreadLocal<StyleReference> styles = new ThreadLocal<>();

	private final ExecutorService pool;

	private final Timer htmlTimer;

	private final Timer pdfTimer;

	InvoiceRenderer(ITemplateEngine templates, MeterRegistry meters) {
		this.templates = templates;
		this.fonts = FONTS.stream().map(InvoiceRenderer::font).toList();
		this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
				Thread.ofPlatform().name("invoice-render-", 1).daemon().factory());
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

	/**
	 * Renders the documents of {@code items} side by side on every core and hands each
	 * item with its PDF to {@code then}, in the items' order, as soon as its PDF and
	 * those before it are done: {@code then} runs on the caller's thread (in its
	 * transaction) while the later documents are still rendering.
	 * @throws IllegalStateException when a document could not be rendered (the first
	 * failure; the others' work is abandoned), or whatever {@code then} throws
	 */
	<T> void pdfs(List<T> items, Function<T, InvoiceDocument> documentOf, BiConsumer<T, byte[]> then) {
		if (items.size() < 2) {
			items.forEach(item -> then.accept(item, pdf(documentOf.apply(item))));
			return;
		}
		List<Future<byte[]>> rendering = items.stream()
			.map(documentOf)
			.map(document -> pool.submit(() -> pdf(document)))
			.toList();
		try {
			for (int i = 0; i < items.size(); i++) {
				then.accept(items.get(i), rendering.get(i).get());
			}
		}
		catch (ExecutionException failed) {
			throw failed.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException("A document could not be rendered", failed.getCause());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rendering documents", interrupted);
		}
		finally {
			rendering.forEach(pdf -> pdf.cancel(true));
		}
	}

	@Override
	public void destroy() {
		pool.shutdownNow();
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
			ITextRenderer renderer = new ITextRenderer(fontResolvers.get());
			keepParsedStylesheets(renderer.getSharedContext());
			renderer.setDocument(parsers.get().parse(new InputSource(new StringReader(html))), null);
			renderer.layout();
			ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
			renderer.createPDF(pdf);
			return pdf.toByteArray();
		}
		catch (DocumentException | IOException | SAXException failed) {
			throw new IllegalStateException("Invoice " + document.invoice().getNumber() + " could not be rendered",
					failed);
		}
	}

	/**
	 * Gives the renderer this thread's style reference, whose stylesheet cache keeps the
	 * parsed default stylesheet of XHTML (Flying Saucer's own: parsing it took 6 to 8 %
	 * of each document's rendering in the burst's profile). The cache is keyed by address
	 * and holds sixteen: a document's own {@code <style>} gets an address of its own each
	 * time, so it is parsed for its document and never handed to another.
	 */
	private void keepParsedStylesheets(SharedContext context) {
		StyleReference kept = styles.get();
		if (kept == null) {
			styles.set(context.getCss());
			return;
		}
		kept.setUserAgentCallback(context.getUserAgentCallback());
		context.setCss(kept);
	}

	/** A font resolver for one thread, with the DejaVu fonts in it. */
	private ITextFontResolver fontResolver() {
		ITextFontResolver resolver = new ITextFontResolver();
		for (int i = 0; i < FONTS.size(); i++) {
			resolver.addFont(fonts.get(i), FONTS.get(i), FONT_FAMILY);
		}
		return resolver;
	}

	/**
	 * The font, parsed once: OpenPDF keeps it by name and hands every later document the
	 * same one, whose glyphs each document's writer subsets for itself.
	 */
	private static BaseFont font(String font) {
		try (InputStream in = new ClassPathResource(font).getInputStream()) {
			return BaseFont.createFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException | DocumentException missing) {
			throw new IllegalStateException("Font " + font + " is missing from the application or unreadable", missing);
		}
	}

	/**
	 * A namespace-aware parser for one thread that reads no DTD and resolves no external
	 * entity (the HTML is ours, from the template).
	 */
	private static DocumentBuilder parser() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			DocumentBuilder parser = factory.newDocumentBuilder();
			parser.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
			parser.setErrorHandler(new ErrorHandler() {

				@Override
				public void warning(SAXParseException warning) {
					// nothing a document could be wrong for
				}

				@Override
				public void error(SAXParseException error) throws SAXParseException {
					throw error;
				}

				@Override
				public void fatalError(SAXParseException error) throws SAXParseException {
					throw error;
				}

			});
			return parser;
		}
		catch (ParserConfigurationException unsupported) {
			throw new IllegalStateException("The JDK's XML parser cannot be set up for documents", unsupported);
		}
	}

}
