/**
 * The notifications in the header of every portal page.
 */
@NullMarked
package com.ayurlahi.notifications.web;

import org.jspecify.annotations.NullMarked;
