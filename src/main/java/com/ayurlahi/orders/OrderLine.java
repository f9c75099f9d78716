package com.ayurlahi.orders;

import java.util.UUID;

/**
 * A product and the units of it a clinic orders.
 */
public record OrderLine(UUID productId, int quantity) {
}
