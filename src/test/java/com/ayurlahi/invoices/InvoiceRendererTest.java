package com.ayurlahi.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.tax.GstCalculator;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.storage.StoredObject;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The document template rendered to PDF without the application: an A4 page, the ₹ sign
 * and Indian digit grouping in the embedded font, UTGST where the place of supply is a
 * union territory without a legislature, and a page image to look at
 * (target/invoice-preview.png).
 */
class InvoiceRendererTest {

	static InvoiceRenderer renderer() {
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		return new InvoiceRenderer(engine, new SimpleMeterRegistry());
	}

	/**
	 * A tax invoice of a Kerala manufacturer to a clinic in {@code placeOfSupply}, with
	 * big enough figures to group.
	 */
	static Invoice invoice(IndianState placeOfSupply, int lines) {
		TaxType type = TaxType.of(IndianState.KERALA, placeOfSupply);
		OwedDocument request = OwedDocument.taxInvoice(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				BigDecimal.ZERO, Instant.now(), Instant.now());
		List<InvoiceLine> printed = new java.util.ArrayList<>();
		for (int i = 1; i <= lines; i++) {
			BigDecimal price = new BigDecimal("1234.50").add(BigDecimal.valueOf(i));
			printed.add(InvoiceLine.of(i, UUID.randomUUID(), "30049011", "Dhanwantharam Thailam " + i + " (200 ml)",
					100 * i, "NOS", price, GstCalculator.line(price, 100 * i, new BigDecimal("5"), type)));
		}
		InvoiceParty supplier = new InvoiceParty("Vaidya Herbal Formulations", "32AADFV4321Q1Z0",
				"Industrial Development Area, Kalamassery, Kochi 683104, Kerala", IndianState.KERALA);
		InvoiceParty recipient = new InvoiceParty("Sree Dhanwantari Ayurveda Clinic", "32AAFCA1234K1Z3",
				"14/220 Round North, Near Vadakkunnathan Temple, Thrissur 680001, Kerala", IndianState.KERALA);
		InvoiceDraft draft = new InvoiceDraft(request, UUID.randomUUID().toString(), "VHF", supplier, recipient,
				placeOfSupply, "Ward 4, Kavaratti 682555, " + placeOfSupply.displayName(), type, printed,
				UUID.randomUUID(), UUID.randomUUID(), "AYR-2026-000123", null, null, null, new InvoiceParty(
						"Ayurlahi Technologies Private Limited", "32AAJCA2026R1ZL", "Kochi", IndianState.KERALA));
		Invoice invoice = Invoice.issue(draft,
				InvoiceNumber.of("VHF", InvoiceKind.TAX_INVOICE, new FinancialYear(2026), 42),
				LocalDate.of(2026, 11, 25), Instant.now());
		invoice.keptAs(new StoredObject("invoices/test.pdf", 1, "0".repeat(64)));
		return invoice;
	}

	@Test
	void anInvoiceIsOneA4PageWithTheRupeeSignAndIndianGrouping() throws IOException {
		Invoice invoice = invoice(IndianState.KERALA, 3);

		byte[] pdf = renderer().pdf(new InvoiceDocument(invoice, null));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDRectangle page = document.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
			assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
			Path preview = Path.of("target", "invoice-preview.png");
			Files.createDirectories(preview.getParent());
			ImageIO.write(image, "png", preview.toFile());
		}
		String text = InvoicePdfs.text(pdf);
		// 300 × ₹1,237.50 = ₹3,71,250.00 on the third line; the total is ₹7,40,575.50 + 5
		// % GST
		assertThat(text).contains("VHF/2627/000042", "25 Nov 2026", "₹1,237.50", "₹3,71,250.00", "300 NOS")
			.contains(Money(invoice.getTotal()))
			.contains("Lakh")
			.contains("CGST", "SGST")
			.doesNotContain("UTGST");
	}

	@Test
	void aUnionTerritoryWithoutALegislatureTakesUtgst() {
		Invoice invoice = invoice(IndianState.LAKSHADWEEP, 1);
		assertThat(invoice.getTaxType()).isEqualTo(TaxType.INTER_STATE);
		Invoice local = invoice(IndianState.KERALA, 1);

		String inter = InvoicePdfs.text(renderer().pdf(new InvoiceDocument(invoice, null)));
		String html = renderer().html(new InvoiceDocument(local, null));

		assertThat(inter).contains("IGST", "Lakshadweep (31)");
		assertThat(new InvoiceDocument(invoice, null).localTaxLabel()).isEqualTo("UTGST");
		assertThat(html).contains("<h1>TAX INVOICE</h1>", "VHF/2627/000042");
	}

	@ParameterizedTest
	@EnumSource(value = IndianState.class, names = { "CHANDIGARH", "DADRA_AND_NAGAR_HAVELI_AND_DAMAN_AND_DIU",
			"LAKSHADWEEP", "ANDAMAN_AND_NICOBAR_ISLANDS", "LADAKH", "OTHER_TERRITORY" })
	void aSupplyWithinAUnionTerritoryWithoutALegislatureIsCgstAndUtgst(IndianState territory) {
		Invoice invoice = withinTerritory(territory, InvoiceKind.TAX_INVOICE, null);
		Invoice creditNote = withinTerritory(territory, InvoiceKind.CREDIT_NOTE, invoice);

		assertThat(invoice.getTaxType()).isEqualTo(TaxType.INTRA_STATE);
		assertThat(InvoicePdfs.text(renderer().pdf(new InvoiceDocument(invoice, null)))).contains("CGST", "UTGST")
			.doesNotContain("SGST", "IGST");
		assertThat(InvoicePdfs.text(renderer().pdf(new InvoiceDocument(creditNote, null)))).contains("CREDIT NOTE")
			.contains("CGST", "UTGST")
			.doesNotContain("SGST", "IGST");
	}

	@ParameterizedTest
	@EnumSource(value = IndianState.class, names = { "DELHI", "PUDUCHERRY", "JAMMU_AND_KASHMIR" })
	void aUnionTerritoryWithALegislatureLeviesSgst(IndianState territory) {
		Invoice invoice = withinTerritory(territory, InvoiceKind.TAX_INVOICE, null);

		assertThat(InvoicePdfs.text(renderer().pdf(new InvoiceDocument(invoice, null)))).contains("CGST", "SGST")
			.doesNotContain("UTGST", "IGST");
	}

	/**
	 * A tax invoice (or its credit note) of a manufacturer in {@code territory} to a
	 * clinic there: one line of ₹1,000 at 12 %.
	 */
	private static Invoice withinTerritory(IndianState territory, InvoiceKind kind, @Nullable Invoice original) {
		OwedDocument request = kind == InvoiceKind.CREDIT_NOTE
				? OwedDocument.creditNote(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
						null, new BigDecimal("1120.00"), Instant.now(), Instant.now())
				: OwedDocument.taxInvoice(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
						new BigDecimal("1120.00"), Instant.now(), Instant.now());
		InvoiceLine line = InvoiceLine.of(1, UUID.randomUUID(), "30049011", "Chyavanaprasam (500 g)", 1, "NOS",
				new BigDecimal("1000.00"),
				GstCalculator.line(new BigDecimal("1000.00"), 1, new BigDecimal("12"), TaxType.INTRA_STATE));
		InvoiceParty supplier = new InvoiceParty("Island Herbals", territory.code() + "AADFV4321Q1Z0",
				"Main Road, " + territory.displayName(), territory);
		InvoiceParty recipient = new InvoiceParty("Island Ayurveda Clinic", territory.code() + "AAFCA1234K1Z3",
				"Beach Road, " + territory.displayName(), territory);
		InvoiceDraft draft = new InvoiceDraft(request, UUID.randomUUID().toString(), "ISH", supplier, recipient,
				territory, null, TaxType.of(territory, territory), List.of(line), UUID.randomUUID(), UUID.randomUUID(),
				"AYR-2026-000124", original, null, original == null ? null : "Refund of the whole order", null);
		Invoice invoice = Invoice.issue(draft, InvoiceNumber.of("ISH", kind, new FinancialYear(2026), 7),
				LocalDate.of(2026, 11, 25), Instant.now());
		invoice.keptAs(new StoredObject("invoices/territory.pdf", 1, "0".repeat(64)));
		return invoice;
	}

	@Test
	void aLongInvoiceRunsOverPagesWithItsHeaderRepeated() {
		byte[] pdf = renderer().pdf(new InvoiceDocument(invoice(IndianState.KERALA, 60), null));

		assertThat(InvoicePdfs.pages(pdf)).isGreaterThan(1);
		assertThat(InvoicePdfs.text(pdf)).contains("Page 1 of", "Dhanwantharam Thailam 60 (200 ml)");
	}

	/**
	 * A thread keeps its parsed stylesheets between documents: a document rendered after
	 * others on the same thread (and on the pool, side by side, handed on in order) looks
	 * exactly as it did rendered first, page for page.
	 */
	@Test
	void aDocumentLooksTheSameRenderedAfterOthers() throws IOException {
		InvoiceRenderer renderer = renderer();
		InvoiceDocument interState = new InvoiceDocument(invoice(IndianState.LAKSHADWEEP, 60), null);
		InvoiceDocument local = new InvoiceDocument(invoice(IndianState.KERALA, 2), null);

		byte[] first = renderer.pdf(interState);
		renderer.pdf(local);
		byte[] again = renderer.pdf(interState);
		List<InvoiceDocument> documents = List.of(local, interState, local, interState);
		List<byte[]> batch = new ArrayList<>();
		List<InvoiceDocument> handedOn = new ArrayList<>();
		renderer.pdfs(documents, document -> document, (document, pdf) -> {
			handedOn.add(document);
			batch.add(pdf);
		});

		assertThat(handedOn).containsExactlyElementsOf(documents);

		List<String> pages = pageImages(first);
		assertThat(pages).hasSizeGreaterThan(1);
		assertThat(pageImages(again)).isEqualTo(pages);
		assertThat(pageImages(batch.get(1))).isEqualTo(pages);
		assertThat(pageImages(batch.get(3))).isEqualTo(pages);
		assertThat(InvoicePdfs.text(batch.get(2))).isEqualTo(InvoicePdfs.text(renderer().pdf(local)));
	}

	/** Each page drawn at 40 dpi, as the SHA-256 of its pixels. */
	private static List<String> pageImages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer pages = new PDFRenderer(document);
			List<String> images = new ArrayList<>();
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				BufferedImage image = pages.renderImageWithDPI(page, 40);
				int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
				ByteBuffer bytes = ByteBuffer.allocate(pixels.length * 4);
				bytes.asIntBuffer().put(pixels);
				images.add(HexFormat.of().formatHex(sha256(bytes.array())));
			}
			return images;
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException(missing);
		}
	}

	/**
	 * The platform's invoice to a clinic for the Clinic Plus plan's month, and its credit
	 * note for a part refund.
	 */
	static Invoice subscriptionInvoice(IndianState clinicState) {
		TaxType type = TaxType.of(IndianState.KERALA, clinicState);
		OwedDocument request = OwedDocument.subscriptionInvoice(UUID.randomUUID(), UUID.randomUUID(),
				new BigDecimal("2948.82"), Instant.now(), Instant.now());
		InvoiceLine line = InvoiceLine.of(1, null, "997331", "Clinic Plus plan, 01 Jan 2027 – 01 Feb 2027", 1, "OTH",
				new BigDecimal("2499.00"),
				GstCalculator.line(new BigDecimal("2499.00"), 1, new BigDecimal("18"), type));
		InvoiceParty platform = new InvoiceParty("Ayurlahi Technologies Private Limited", "32AAJCA2026R1ZL",
				"4th Floor, Infopark Phase 2, Kakkanad, Kochi 682042, Kerala", IndianState.KERALA);
		InvoiceParty clinic = new InvoiceParty("Sree Dhanwantari Ayurveda Clinic",
				clinicState == IndianState.KERALA ? "32AAFCA1234K1Z3" : "27AAFCA1234K1Z5",
				"14/220 Round North, Thrissur 680001, " + clinicState.displayName(), clinicState);
		InvoiceDraft draft = new InvoiceDraft(request, "PLATFORM", "AYL", platform, clinic, clinicState, null, type,
				List.of(line), null, UUID.randomUUID(), null, null, null, null, null);
		Invoice invoice = Invoice.issue(draft,
				InvoiceNumber.of("AYL", InvoiceKind.SUBSCRIPTION_INVOICE, new FinancialYear(2026), 1),
				LocalDate.of(2027, 1, 1), Instant.now());
		invoice.keptAs(new StoredObject("invoices/subscription.pdf", 1, "0".repeat(64)));
		return invoice;
	}

	@Test
	void aSubscriptionInvoiceIsThePlatformsSupplyOfServicesToTheClinic() throws IOException {
		Invoice invoice = subscriptionInvoice(IndianState.KERALA);

		byte[] pdf = renderer().pdf(new InvoiceDocument(invoice, null));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
					Path.of("target", "subscription-invoice-preview.png").toFile());
		}
		// ₹2,499.00 + CGST 9 % ₹224.91 + SGST 9 % ₹224.91 = ₹2,948.82
		assertThat(InvoicePdfs.text(pdf)).contains("TAX INVOICE", "AYL/2627/S000001", "Supply of services")
			.contains("Ayurlahi Technologies Private Limited", "32AAJCA2026R1ZL")
			.contains("Sree Dhanwantari Ayurveda Clinic", "32AAFCA1234K1Z3", "Kerala (32)")
			.contains("SAC", "997331", "Clinic Plus plan, 01 Jan 2027 – 01 Feb 2027", "1 OTH", "₹2,499.00")
			.contains("CGST", "SGST", "9%", "₹224.91", "₹2,948.82")
			.contains("Rupees Two Thousand Nine Hundred Forty-Eight and Paise Eighty-Two Only")
			.contains("The clinic's Ayurlahi subscription, paid in full through Razorpay.")
			.doesNotContain("IGST", "HSN", "ORDER", "DELIVERY ADDRESS", "E-COMMERCE OPERATOR");

		String inter = InvoicePdfs
			.text(renderer().pdf(new InvoiceDocument(subscriptionInvoice(IndianState.MAHARASHTRA), null)));
		assertThat(inter).contains("IGST", "18%", "₹449.82", "₹2,948.82", "Maharashtra (27)", "27AAFCA1234K1Z5")
			.doesNotContain("SGST", "₹224.91");
	}

	private static String Money(BigDecimal amount) {
		return com.ayurlahi.common.tax.Money.format(amount);
	}

}
