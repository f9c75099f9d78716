/**
 * Start-up checks of the configuration.
 */
@NullMarked
package com.ayurlahi.common.config;

import org.jspecify.annotations.NullMarked;
