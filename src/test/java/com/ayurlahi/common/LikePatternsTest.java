package com.ayurlahi.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

	@Test
	void escapesTheWildcardsAndTheEscapeCharacter() {
		assertThat(LikePatterns.literal("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
		assertThat(LikePatterns.containing("50%")).isEqualTo("%50\\%%");
		assertThat(LikePatterns.literal("")).isEmpty();
	}

}
