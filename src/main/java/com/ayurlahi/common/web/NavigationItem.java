package com.ayurlahi.common.web;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.Portal;

/**
 * A link in a portal's navigation bar. Modules declare their pages as
 * {@code @Bean NavigationItem}s; the layout shows the items of the signed-in user's
 * portal in {@link #order()}.
 *
 * @param badgePath where htmx loads a small badge shown next to the label (a count), if
 * any
 * @param badgeEvent the htmx event on which the badge reloads, such as
 * {@code cartChanged}
 * @param onlyFor the authority ({@code ROLE_ADMIN}) a user of the portal needs to see the
 * item, when not every user of the portal may open its page
 */
public record NavigationItem(Portal portal, String label, String path, int order, @Nullable String badgePath,
		@Nullable String badgeEvent, @Nullable String onlyFor) {

	public NavigationItem(Portal portal, String label, String path, int order) {
		this(portal, label, path, order, null, null, null);
	}

	public NavigationItem(Portal portal, String label, String path, int order, @Nullable String badgePath,
			@Nullable String badgeEvent) {
		this(portal, label, path, order, badgePath, badgeEvent, null);
	}

	/** The same item, shown only to users with {@code authority}. */
	public NavigationItem onlyFor(String authority) {
		return new NavigationItem(portal, label, path, order, badgePath, badgeEvent, authority);
	}

	/** Whether a user with these authorities sees the item. */
	public boolean isShownTo(Collection<String> authorities) {
		return onlyFor == null || authorities.contains(onlyFor);
	}

	/**
	 * Whether the page at {@code requestPath} belongs to this item, for highlighting it.
	 */
	public boolean isActive(String requestPath) {
		return requestPath.equals(path) || (!path.equals(portal.path()) && requestPath.startsWith(path + "/"));
	}

	/**
	 * The badge's htmx trigger: loaded with the page, reloaded on {@link #badgeEvent()}
	 * anywhere on it.
	 */
	public String badgeTrigger() {
		return badgeEvent == null ? "load" : "load, " + badgeEvent + " from:body";
	}
}
