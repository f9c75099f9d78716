package com.ayurlahi.gstreturns.web;

import java.io.ByteArrayOutputStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.ayurlahi.gstreturns.Gstr1Return;
import com.ayurlahi.gstreturns.Gstr1Workbook;
import com.ayurlahi.gstreturns.Gstr8;

/**
 * The downloads of the GST pages: the portal's JSON and the offline tool's spreadsheet,
 * named after the return, the GSTIN and the filing period (GSTR1_32AAFCA1234K1Z3_112026).
 */
final class GstDownloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private GstDownloads() {
	}

	static ResponseEntity<Object> json(Gstr1Return gstr1) {
		return attachment("GSTR1_" + gstr1.json().gstin() + "_" + gstr1.json().fp() + ".json",
				MediaType.APPLICATION_JSON, gstr1.json());
	}

	static ResponseEntity<Object> json(Gstr8 gstr8) {
		return attachment("GSTR8_" + gstr8.gstin() + "_" + gstr8.fp() + ".json", MediaType.APPLICATION_JSON, gstr8);
	}

	static ResponseEntity<Object> workbook(Gstr1Return gstr1) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Gstr1Workbook.write(gstr1, out);
		return attachment("GSTR1_" + gstr1.json().gstin() + "_" + gstr1.json().fp() + ".xlsx", XLSX, out.toByteArray());
	}

	private static ResponseEntity<Object> attachment(String fileName, MediaType type, Object body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
