package com.ayurlahi.auth.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.stereotype.Component;

import com.ayurlahi.auth.AuthProperties;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.TokenVersions;

/**
 * The API's bearer tokens: HS256 JWTs signed with JWT_SECRET through Spring Security's
 * Nimbus encoder and decoder. A token names the user ({@code sub}) and carries email,
 * name, role and the account's token version ({@code ver}). Each request checks that
 * version against the account's ({@link TokenVersions}: a primary-key lookup remembered a
 * few seconds), so suspending the account or changing its password revokes its tokens.
 */
@Component
public class JwtTokens implements Converter<Jwt, AbstractAuthenticationToken> {

	/** The claim with the account's token version. */
	static final String VERSION = "ver";

	private final JwtEncoder encoder;

	private final JwtDecoder decoder;

	private final AuthProperties.Jwt settings;

	private final Clock clock;

	private final TokenVersions versions;

	public JwtTokens(AuthProperties properties, Clock clock, TokenVersions versions) {
		this.settings = properties.jwt();
		this.clock = clock;
		this.versions = versions;
		SecretKey key = new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.encoder = NimbusJwtEncoder.withSecretKey(key).algorithm(MacAlgorithm.HS256).build();
		NimbusJwtDecoder nimbusDecoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
		nimbusDecoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.issuer()));
		// Our issuer is a name, not a URL. The default claim converter first tries to
		// make
		// it a URL, which throws (a stack trace filled in) on every API request before it
		// falls back to the string; the issuer is read as the string it is.
		nimbusDecoder.setClaimSetConverter(
				MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, JwtTokens::issuerAsString)));
		this.decoder = nimbusDecoder;
	}

	private static @Nullable String issuerAsString(@Nullable Object issuer) {
		return issuer == null ? null : issuer.toString();
	}

	/** A signed token for {@code user}, valid for JWT_EXPIRES_IN from now. */
	public IssuedToken issue(AuthenticatedUser user) {
		Instant now = clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.id(UUID.randomUUID().toString())
			.issuer(settings.issuer())
			.issuedAt(now)
			.expiresAt(now.plus(settings.expiresIn()))
			.subject(user.id().toString())
			.claim("email", user.email())
			.claim("name", user.fullName())
			.claim("role", user.role().name())
			.claim(VERSION, user.tokenVersion())
			.build();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
		String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new IssuedToken(token, settings.expiresIn());
	}

	JwtDecoder decoder() {
		return decoder;
	}

	/**
	 * Turns a verified token into the same principal a portal session has, if its account
	 * still accepts it.
	 */
	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		AuthenticatedUser user;
		try {
			user = AuthenticatedUser.fromToken(UUID.fromString(jwt.getSubject()),
					Objects.requireNonNull(jwt.getClaimAsString("email")),
					Objects.requireNonNull(jwt.getClaimAsString("name")),
					Role.valueOf(Objects.requireNonNull(jwt.getClaimAsString("role"))),
					((Number) Objects.requireNonNull(jwt.getClaims().get(VERSION))).intValue());
		}
		catch (RuntimeException malformed) {
			throw new InvalidBearerTokenException("The token does not name a user");
		}
		if (!versions.isCurrent(user.id(), user.tokenVersion())) {
			throw new InvalidBearerTokenException(
					"The token was revoked: the password changed or the account was suspended. Sign in again.");
		}
		return new PreAuthenticatedAuthenticationToken(user, jwt, user.getAuthorities());
	}

	/** A token and how long it stays valid. */
	public record IssuedToken(String value, Duration expiresIn) {
	}

}
