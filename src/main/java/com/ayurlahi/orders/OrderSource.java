package com.ayurlahi.orders;

/**
 * Where an order was placed: the clinic portal or API, or a WhatsApp message.
 */
public enum OrderSource {

	WEB, WHATSAPP

}
