package com.ayurlahi.disputes;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the disputes module, {@code ayurlahi.disputes.*}.
 *
 * @param window how long after delivery a clinic may report a problem
 * @param notDeliveredAfter how long after shipping an order that has not arrived may be
 * reported as not delivered (its window runs from then)
 * @param responseTime how long the manufacturer has to answer before the dispute goes to
 * the team by itself
 * @param reopenWithin how long after a decision the clinic may reopen it (once)
 * @param escalationInterval how often the dispute-escalation job looks for disputes whose
 * deadline passed
 */
@ConfigurationProperties("ayurlahi.disputes")
@Validated
public record DisputeSettings(@NotNull Duration window, @NotNull Duration notDeliveredAfter,
		@NotNull Duration responseTime, @NotNull Duration reopenWithin, @NotNull Duration escalationInterval) {
}
