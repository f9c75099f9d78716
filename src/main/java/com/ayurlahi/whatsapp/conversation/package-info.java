/**
 * The ordering conversation with a clinic's verified WhatsApp number
 * ({@link com.ayurlahi.whatsapp.conversation.ClinicOrderingConversation}), over the
 * portal's own cart, checkout, orders and catalog search:
 * <ul>
 * <li>"hi", "menu" or anything not understood: the menu (search products, reorder the
 * last order, my cart, my orders, help);</li>
 * <li>any other text: a catalog search listing up to ten matches; a match chosen asks for
 * the quantity (buttons or a number typed) and adds it to the cart;</li>
 * <li>{@code ORDER SAP-TRI-100 x 5, VHF-BAL-450 x 2}: products by SKU, line by line
 * ({@link com.ayurlahi.whatsapp.conversation.OrderCommandParser});</li>
 * <li>{@code CART}, {@code REMOVE <SKU>}, {@code REORDER}, {@code CHECKOUT} (confirmed
 * with a button), {@code MY ORDERS}, {@code STATUS <order number>},
 * {@code CANCEL <order number>} (confirmed with a button), {@code HELP}.</li>
 * </ul>
 * The question a conversation waits on (a quantity, a confirmation) is kept in
 * {@code whatsapp_conversations} and used once.
 */
@NullMarked
package com.ayurlahi.whatsapp.conversation;

import org.jspecify.annotations.NullMarked;
