package com.ayurlahi.common.web;

import com.ayurlahi.common.Portal;

/**
 * A link in a portal's navigation bar. Modules declare their pages as {@code @Bean NavigationItem}s; the
 * layout shows the items of the signed-in user's portal in {@link #order()}.
 */
public record NavigationItem(Portal portal, String label, String path, int order) {

    /** Whether the page at {@code requestPath} belongs to this item, for highlighting it. */
    public boolean isActive(String requestPath) {
        return requestPath.equals(path) || (!path.equals(portal.path()) && requestPath.startsWith(path + "/"));
    }
}
