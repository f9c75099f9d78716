/**
 * The lanes of background work ({@link com.ayurlahi.common.background.Lanes}): one thread
 * pool for each kind of work.
 */
@NullMarked
@NamedInterface("background")
package com.ayurlahi.common.background;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
