package com.ayurlahi.gstreturns;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.ayurlahi.common.gst.IndianState;

/**
 * A GSTR-1 as a spreadsheet in the GST offline tool's layout: sheets {@code b2b},
 * {@code cdnr} and {@code hsn}, their header rows as the tool's Excel template names the
 * columns, one row per document and rate (per HSN row for the summary), amounts as
 * numbers.
 */
public final class Gstr1Workbook {

	static final String[] B2B = { "GSTIN/UIN of Recipient", "Receiver Name", "Invoice Number", "Invoice date",
			"Invoice Value", "Place Of Supply", "Reverse Charge", "Applicable % of Tax Rate", "Invoice Type",
			"E-Commerce GSTIN", "Rate", "Taxable Value", "Cess Amount" };

	static final String[] CDNR = { "GSTIN/UIN of Recipient", "Receiver Name", "Note Number", "Note Date", "Note Type",
			"Place Of Supply", "Reverse Charge", "Note Supply Type", "Note Value", "Applicable % of Tax Rate", "Rate",
			"Taxable Value", "Cess Amount" };

	static final String[] HSN = { "HSN", "Description", "UQC", "Total Quantity", "Total Value", "Rate", "Taxable Value",
			"Integrated Tax Amount", "Central Tax Amount", "State/UT Tax Amount", "Cess Amount" };

	private static final DateTimeFormatter TOOL_DATE = DateTimeFormatter.ofPattern("dd-MMM-uuuu", Locale.ENGLISH);

	private Gstr1Workbook() {
	}

	/** Writes the workbook of {@code gstr1} to {@code out}. */
	public static void write(Gstr1Return gstr1, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet b2b = sheet(workbook, "b2b", B2B, bold);
			for (Gstr1.B2b recipient : gstr1.json().b2b()) {
				for (Gstr1.Invoice invoice : recipient.inv()) {
					for (Gstr1.Item item : invoice.itms()) {
						Row row = b2b.createRow(b2b.getLastRowNum() + 1);
						text(row, 0, recipient.ctin());
						text(row, 1, gstr1.recipientName(recipient.ctin()));
						text(row, 2, invoice.inum());
						text(row, 3, toolDate(invoice.idt()));
						number(row, 4, invoice.val());
						text(row, 5, placeOfSupply(invoice.pos()));
						text(row, 6, invoice.rchrg());
						text(row, 7, "");
						text(row, 8, "Regular B2B");
						text(row, 9, invoice.etin() == null ? "" : invoice.etin());
						number(row, 10, item.itmDet().rt());
						number(row, 11, item.itmDet().txval());
						number(row, 12, item.itmDet().csamt());
					}
				}
			}
			Sheet cdnr = sheet(workbook, "cdnr", CDNR, bold);
			for (Gstr1.Cdnr recipient : gstr1.json().cdnr()) {
				for (Gstr1.Note note : recipient.nt()) {
					for (Gstr1.Item item : note.itms()) {
						Row row = cdnr.createRow(cdnr.getLastRowNum() + 1);
						text(row, 0, recipient.ctin());
						text(row, 1, gstr1.recipientName(recipient.ctin()));
						text(row, 2, note.ntNum());
						text(row, 3, toolDate(note.ntDt()));
						text(row, 4, note.ntty());
						text(row, 5, placeOfSupply(note.pos()));
						text(row, 6, note.rchrg());
						text(row, 7, "Regular B2B");
						number(row, 8, note.val());
						text(row, 9, "");
						number(row, 10, item.itmDet().rt());
						number(row, 11, item.itmDet().txval());
						number(row, 12, item.itmDet().csamt());
					}
				}
			}
			Sheet hsn = sheet(workbook, "hsn", HSN, bold);
			for (Gstr1.HsnRow summary : gstr1.json().hsn().data()) {
				Row row = hsn.createRow(hsn.getLastRowNum() + 1);
				text(row, 0, summary.hsnSc());
				text(row, 1, summary.desc());
				text(row, 2, "NOS".equals(summary.uqc()) ? "NOS-NUMBERS" : summary.uqc());
				row.createCell(3).setCellValue(summary.qty());
				number(row, 4, summary.val());
				number(row, 5, summary.rt());
				number(row, 6, summary.txval());
				number(row, 7, summary.iamt());
				number(row, 8, summary.camt());
				number(row, 9, summary.samt());
				number(row, 10, summary.csamt());
			}
			workbook.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Sheet sheet(XSSFWorkbook workbook, String name, String[] headers, CellStyle bold) {
		Sheet sheet = workbook.createSheet(name);
		Row header = sheet.createRow(0);
		for (int column = 0; column < headers.length; column++) {
			Cell cell = header.createCell(column);
			cell.setCellValue(headers[column]);
			cell.setCellStyle(bold);
			sheet.setColumnWidth(column, Math.max(12, headers[column].length() + 2) * 256);
		}
		return sheet;
	}

	private static void text(Row row, int column, String value) {
		row.createCell(column).setCellValue(value);
	}

	private static void number(Row row, int column, BigDecimal value) {
		row.createCell(column).setCellValue(value.doubleValue());
	}

	/** 05-11-2026 (the JSON's date) as the tool's 05-Nov-2026. */
	private static String toolDate(String jsonDate) {
		return LocalDate.parse(jsonDate, Gstr1Builder.DATE).format(TOOL_DATE);
	}

	/** 32 as the tool's 32-Kerala. */
	private static String placeOfSupply(String code) {
		return IndianState.ofCode(code).map(state -> code + "-" + state.displayName()).orElse(code);
	}

}
