/**
 * Web plumbing shared by the portals and the JSON API: request ids, the error pages and
 * problem+json bodies, the layout's navigation and flash messages.
 */
@NullMarked
@NamedInterface("web")
package com.ayurlahi.common.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
