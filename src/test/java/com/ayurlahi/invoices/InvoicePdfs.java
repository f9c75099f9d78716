package com.ayurlahi.invoices;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF, as PDFBox reads it back: what a person or an accountant's tool would
 * see.
 */
public final class InvoicePdfs {

	private InvoicePdfs() {
	}

	/**
	 * The text with every run of blanks and line breaks made one space, so wrapped cells
	 * read as one phrase.
	 */
	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

}
