package com.ayurlahi.common.apidocs;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Worked examples of the main requests, shown by Swagger UI as the request body to start
 * from (the demo data's logins and GSTINs, so they work against a development instance),
 * and of the 409 a clinic over its plan's limit gets.
 */
class RequestExamples implements OpenApiCustomizer {

	private static final Map<String, String> EXAMPLES = Map.ofEntries(Map.entry("POST /api/auth/login", """
			{"email": "clinic@demo.ayurlahi.in", "password": "Demo@12345"}"""), Map.entry("POST /api/auth/register", """
			{"email": "owner@dhanwantari-clinic.in", "password": "Veda#2026-kochi", "fullName": "Dr. Anjali Menon",
			 "phone": "+919847012345", "role": "CLINIC"}"""), Map.entry("POST /api/clinics", """
			{"name": "Dhanwantari Ayurveda Clinic", "gstin": "32AAFCA1234K1Z3", "drugLicenseNumber": "KL-EKM-20B/1234",
			 "drugLicenseExpiry": "2028-03-31", "addressLine1": "14/220 MG Road", "addressLine2": "Near Jos Junction",
			 "city": "Kochi", "pincode": "682016", "contactPerson": "Dr. Anjali Menon", "phone": "+919847012345",
			 "email": "owner@dhanwantari-clinic.in"}"""), Map.entry("POST /api/manufacturers",
			"""
					{"name": "Sahyadri Herbals Pvt Ltd", "gstin": "27AABCS5678M1ZO", "licenseNumber": "25D/MH/2019/0456",
					 "licenseExpiry": "2029-06-30", "addressLine1": "Plot 12, MIDC Bhosari", "city": "Pune", "pincode": "411026",
					 "contactPerson": "Mr. Kulkarni", "phone": "+919822012345", "email": "sales@sahyadri-herbals.in"}"""),
			Map.entry("POST /api/products",
					"""
							{"name": "Ashwagandha Churna", "sku": "SH-ASH-100", "hsnCode": "3004", "gstRate": 12.00, "unitPrice": 180.00,
							 "mrp": 225.00, "packSize": "100 g", "dosageForm": "CHURNA", "composition": "Withania somnifera root 100%",
							 "description": "Fine powder of the root.", "minOrderQuantity": 5, "stockQuantity": 400}"""),
			Map.entry("POST /api/orders", """
					{"items": [{"productId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", "quantity": 10}],
					 "shippingAddress": {"addressLine1": "14/220 MG Road", "city": "Kochi", "pincode": "682016",
					 "stateCode": "32"}}"""), Map.entry("PATCH /api/orders/{id}/status", """
					{"status": "SHIPPED", "carrier": "DTDC", "trackingNumber": "D70012345678"}"""),
			Map.entry("POST /api/orders/{id}/cancel", """
					{"reason": "Ordered twice by mistake"}"""),
			Map.entry("POST /api/disputes",
					"""
							{"orderId": "0b1c2d3e-4f5a-4b6c-8d7e-8f9a0b1c2d3e",
							 "lines": [{"orderItemId": "1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5", "quantity": 2, "reason": "DAMAGED_IN_TRANSIT"}],
							 "description": "Two jars arrived cracked."}"""),
			Map.entry("POST /api/subscriptions", """
					{"planId": "0a7b0000-0000-4000-8000-000000000002"}"""));

	private static final String OVER_THE_PLAN = """
			{"type": "about:blank", "title": "Conflict", "status": 409,
			 "detail": "Your Free plan's 10 orders for this month are used up. Upgrade to Clinic to order more this month.",
			 "upgradeUrl": "/clinic/plan", "requestId": "7d0e6c1a9b2f4e3d"}""";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		EXAMPLES.forEach((operation, example) -> {
			@Nullable Operation found = find(openApi, operation);
			if (found != null && found.getRequestBody() != null && found.getRequestBody().getContent() != null) {
				for (MediaType media : found.getRequestBody().getContent().values()) {
					media.addExamples("example", new Example().value(json(example)));
				}
			}
		});
		@Nullable Operation placing = find(openApi, "POST /api/orders");
		@Nullable ApiResponse conflict = placing == null ? null : placing.getResponses().get("409");
		if (conflict != null && conflict.getContent() != null) {
			conflict.getContent()
				.forEach((type, media) -> media.addExamples("overThePlan",
						new Example().summary("The clinic's plan has no orders left this month")
							.value(json(OVER_THE_PLAN))));
		}
	}

	/** {@code text} as a JSON object, so the document shows it as one. */
	static Map<String, Object> json(String text) {
		return JsonMapper.shared().readValue(text, new TypeReference<Map<String, Object>>() {
		});
	}

	private static @Nullable Operation find(OpenAPI openApi, String operation) {
		String[] methodAndPath = operation.split(" ", 2);
		PathItem item = openApi.getPaths().get(methodAndPath[1]);
		if (item == null) {
			return null;
		}
		return item.readOperationsMap().get(PathItem.HttpMethod.valueOf(methodAndPath[0]));
	}

}
