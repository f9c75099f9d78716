package com.ayurlahi.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.ayurlahi.whatsapp.DeliveryStatus;
import com.ayurlahi.whatsapp.InboundEvent;
import com.ayurlahi.whatsapp.InboundEvent.Kind;

/**
 * Gupshup's version 2 callbacks, in the shapes Gupshup sends them, read into our events.
 */
class GupshupCallbacksTest {

	@Test
	void aTextMessage() {
		InboundEvent event = GupshupCallbacks
			.parse("""
					{"app":"AyurlahiApp","timestamp":1764840000000,"version":2,"type":"message",
					 "payload":{"id":"ABEGkZlgQyWAAgo-sDVSUOa9jH0z","source":"919876543210","type":"text",
					            "payload":{"text":"MENU"},
					            "sender":{"phone":"919876543210","name":"Dr. Lakshmi","country_code":"91","dial_code":"9876543210"}}}""");

		assertThat(event).isEqualTo(new InboundEvent.Message("ABEGkZlgQyWAAgo-sDVSUOa9jH0z", "919876543210",
				"Dr. Lakshmi", Kind.TEXT, "MENU", null, null, Instant.ofEpochMilli(1764840000000L)));
	}

	@Test
	void aListReplyCarriesItsPostbackAndTheMessageItAnswers() {
		InboundEvent event = GupshupCallbacks.parse("""
				{"app":"AyurlahiApp","timestamp":1764840001000,"version":2,"type":"message",
				 "payload":{"id":"wamid.list1","source":"919876543210","type":"list_reply",
				            "payload":{"title":"Triphala Churna","id":"menu-1","reply":"Triphala Churna 1",
				                       "postbackText":"ADD:SAP-TRI-100","description":"100 g · ₹73.50"},
				            "sender":{"phone":"919876543210","name":"Dr. Lakshmi"},
				            "context":{"id":"wamid.ours","gsId":"ee4a68a0-1203-4c85-8dc3-49d0b3226a35"}}}""");

		assertThat(event).isInstanceOfSatisfying(InboundEvent.Message.class, message -> {
			assertThat(message.kind()).isEqualTo(Kind.SELECTION);
			assertThat(message.postback()).isEqualTo("ADD:SAP-TRI-100");
			assertThat(message.text()).isEqualTo("Triphala Churna");
			assertThat(message.repliesTo()).isEqualTo("ee4a68a0-1203-4c85-8dc3-49d0b3226a35");
		});
	}

	@Test
	void aButtonReplyWithAnEmptyIdIsKnownByItsPostback() {
		InboundEvent event = GupshupCallbacks.parse("""
				{"app":"AyurlahiApp","timestamp":1764840002000,"version":2,"type":"message",
				 "payload":{"id":"wamid.button1","source":"919876543210","type":"button_reply",
				            "payload":{"title":"Yes","id":"","reply":"Yes","postbackText":"CONFIRM:AYR-2026-000123"},
				            "sender":{"phone":"919876543210","name":"Dr. Lakshmi"}}}""");

		assertThat(event).isInstanceOfSatisfying(InboundEvent.Message.class,
				message -> assertThat(message.postback()).isEqualTo("CONFIRM:AYR-2026-000123"));
	}

	@Test
	void aTemplateButtonTapIsASelectionOfItsText() {
		InboundEvent event = GupshupCallbacks.parse("""
				{"app":"AyurlahiApp","timestamp":1764840003000,"version":2,"type":"message",
				 "payload":{"id":"wamid.qr1","source":"919876543210","type":"quick_reply",
				            "payload":{"text":"Track order","type":"button"},"sender":{"phone":"919876543210"}}}""");

		assertThat(event).isInstanceOfSatisfying(InboundEvent.Message.class, message -> {
			assertThat(message.kind()).isEqualTo(Kind.SELECTION);
			assertThat(message.postback()).isEqualTo("Track order");
		});
	}

	@Test
	void mediaIsKnownAsMedia() {
		InboundEvent event = GupshupCallbacks.parse("""
				{"app":"AyurlahiApp","timestamp":1764840004000,"version":2,"type":"message",
				 "payload":{"id":"wamid.img1","source":"919876543210","type":"image",
				            "payload":{"caption":"broken bottle","url":"https://filemanager.gupshup.io/x.jpg"},
				            "sender":{"phone":"919876543210"}}}""");

		assertThat(event).isInstanceOfSatisfying(InboundEvent.Message.class, message -> {
			assertThat(message.kind()).isEqualTo(Kind.MEDIA);
			assertThat(message.text()).isEqualTo("broken bottle");
		});
	}

	@Test
	void deliveryEventsNameOurMessageByGupshupsIdWhicheverFieldCarriesIt() {
		InboundEvent enqueued = GupshupCallbacks.parse("""
				{"app":"AyurlahiApp","timestamp":1764840005000,"version":2,"type":"message-event",
				 "payload":{"id":"ee4a68a0-1203-4c85-8dc3-49d0b3226a35","type":"enqueued","destination":"919876543210",
				            "payload":{"whatsappMessageId":"wamid.ours","type":"session"}}}""");
		InboundEvent read = GupshupCallbacks.parse("""
				{"app":"AyurlahiApp","timestamp":1764840009000,"version":2,"type":"message-event",
				 "payload":{"id":"wamid.ours","gsId":"ee4a68a0-1203-4c85-8dc3-49d0b3226a35","type":"read",
				            "destination":"919876543210","payload":{"ts":1764840009}}}""");
		InboundEvent failed = GupshupCallbacks.parse("""
				{"app":"AyurlahiApp","timestamp":1764840006000,"version":2,"type":"message-event",
				 "payload":{"id":"59f8db90-c9b4-4d3e-a1c0-3c4e5a1b2d3f","type":"failed","destination":"919876543211",
				            "payload":{"code":1002,"reason":"Number Does Not Exists On WhatsApp"}}}""");

		assertThat(enqueued).isInstanceOfSatisfying(InboundEvent.Delivery.class, event -> {
			assertThat(event.providerMessageId()).isEqualTo("ee4a68a0-1203-4c85-8dc3-49d0b3226a35");
			assertThat(event.status()).isEqualTo(DeliveryStatus.ENQUEUED);
		});
		assertThat(read).isInstanceOfSatisfying(InboundEvent.Delivery.class, event -> {
			assertThat(event.providerMessageId()).isEqualTo("ee4a68a0-1203-4c85-8dc3-49d0b3226a35");
			assertThat(event.whatsAppMessageId()).isEqualTo("wamid.ours");
			assertThat(event.status()).isEqualTo(DeliveryStatus.READ);
		});
		assertThat(failed).isInstanceOfSatisfying(InboundEvent.Delivery.class, event -> {
			assertThat(event.status()).isEqualTo(DeliveryStatus.FAILED);
			assertThat(event.errorCode()).isEqualTo("1002");
			assertThat(event.reason()).isEqualTo("Number Does Not Exists On WhatsApp");
		});
	}

	@Test
	void optInsAndOptOutsAreConsent() {
		assertThat(GupshupCallbacks.parse("""
				{"app":"AyurlahiApp","timestamp":1764840007000,"version":2,"type":"user-event",
				 "payload":{"phone":"919876543210","type":"opted-out"}}"""))
			.isEqualTo(new InboundEvent.Consent("919876543210", false, Instant.ofEpochMilli(1764840007000L)));
		assertThat(GupshupCallbacks.parse("""
				{"app":"AyurlahiApp","timestamp":1764840008000,"version":2,"type":"user-event",
				 "payload":{"phone":"919876543210","type":"opted-in"}}"""))
			.isEqualTo(new InboundEvent.Consent("919876543210", true, Instant.ofEpochMilli(1764840008000L)));
	}

	@Test
	void otherCallbacksAreIgnoredAndWhatIsNotACallbackIsRefused() {
		assertThat(GupshupCallbacks.parse("""
				{"app":"AyurlahiApp","timestamp":1764840010000,"version":2,"type":"billing-event",
				 "payload":{"deductions":{"type":"service"}}}""")).isEqualTo(new InboundEvent.Ignored("billing-event"));
		assertThat(GupshupCallbacks
			.parse("""
					{"app":"AyurlahiApp","version":2,"type":"user-event","payload":{"phone":"91","type":"sandbox-start"}}"""))
			.isEqualTo(new InboundEvent.Ignored("user-event/sandbox-start"));
		assertThatIllegalArgumentException().isThrownBy(() -> GupshupCallbacks.parse("not json"));
		assertThatIllegalArgumentException().isThrownBy(() -> GupshupCallbacks.parse("{\"type\":\"message\"}"));
		assertThatIllegalArgumentException().isThrownBy(() -> GupshupCallbacks.parse("""
				{"type":"message","payload":{"source":"919876543210","type":"text","payload":{"text":"hi"}}}"""));
	}

	@Test
	void deliveryStatusesOnlyMoveForward() {
		assertThat(DeliveryStatus.SENT.mayMoveTo(DeliveryStatus.READ)).isTrue();
		assertThat(DeliveryStatus.READ.mayMoveTo(DeliveryStatus.DELIVERED)).isFalse();
		assertThat(DeliveryStatus.ENQUEUED.mayMoveTo(DeliveryStatus.FAILED)).isTrue();
		assertThat(DeliveryStatus.FAILED.mayMoveTo(DeliveryStatus.READ)).isFalse();
		assertThat(DeliveryStatus.DELIVERED.mayMoveTo(DeliveryStatus.DELIVERED)).isFalse();
	}

}
