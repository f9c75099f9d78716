@NullMarked
package com.ayurlahi.mail.internal;

import org.jspecify.annotations.NullMarked;
