package com.ayurlahi.products.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The stock import's form: the CSV file to check. Problems with the file itself are shown
 * next to it; problems with its rows in the preview.
 */
record StockUploadFormData(@Nullable MultipartFile file) {

	static StockUploadFormData none() {
		return new StockUploadFormData(null);
	}

}
