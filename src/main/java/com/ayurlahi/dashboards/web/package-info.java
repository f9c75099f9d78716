/**
 * The portal homes' dashboards: the team console's home, and the sections the clinic and
 * manufacturer homes show below where their profile stands.
 */
@NullMarked
package com.ayurlahi.dashboards.web;

import org.jspecify.annotations.NullMarked;
