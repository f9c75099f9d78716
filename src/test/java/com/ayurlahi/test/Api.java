package com.ayurlahi.test;

import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.UnsupportedEncodingException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.users.User;

/**
 * Calls to {@code /api} as a given user, with a bearer token as a real client sends it.
 */
public final class Api {

	private final MockMvcTester mvc;

	private final JwtTokens tokens;

	public Api(MockMvcTester mvc, JwtTokens tokens) {
		this.mvc = mvc;
		this.tokens = tokens;
	}

	public MvcTestResult get(User caller, String uri) {
		return call(caller, mvc.get().uri(uri), null);
	}

	public MvcTestResult post(User caller, String uri, @Nullable String json) {
		return call(caller, mvc.post().uri(uri), json);
	}

	public MvcTestResult patch(User caller, String uri, String json) {
		return call(caller, mvc.patch().uri(uri), json);
	}

	public MvcTestResult delete(User caller, String uri) {
		return call(caller, mvc.delete().uri(uri), null);
	}

	public static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** The response body as a JSON object. */
	public static Map<String, Object> json(MvcTestResult result) {
		return JsonMapper.shared().readValue(body(result), new TypeReference<Map<String, Object>>() {
		});
	}

	private MvcTestResult call(User caller, MockMvcRequestBuilder request, @Nullable String json) {
		MockMvcRequestBuilder withAuth = request.header(HttpHeaders.AUTHORIZATION,
				"Bearer " + tokens.issue(Accounts.principal(caller)).value());
		if (json != null) {
			withAuth = withAuth.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return withAuth.exchange();
	}

}
