/**
 * The portal pages of disputes: the clinic's report form and disputes, the manufacturer's
 * queue and answers, the team's console and decisions.
 */
@NullMarked
package com.ayurlahi.disputes.web;

import org.jspecify.annotations.NullMarked;
