/**
 * Web plumbing shared by the portals and the JSON API: request ids, the error pages and
 * problem+json bodies, the layout's navigation and flash messages, and the portals' one
 * way to show a refusal: next to a form's field ({@link FormErrors}), as the flash
 * message after a one-button action ({@link FlashMessage#refused}), or, for an htmx
 * action, in the action's error slot ({@link PortalExceptionHandler}).
 */
@NullMarked
@NamedInterface("web")
package com.ayurlahi.common.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
