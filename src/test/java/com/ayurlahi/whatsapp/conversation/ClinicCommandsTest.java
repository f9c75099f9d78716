package com.ayurlahi.whatsapp.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.ayurlahi.whatsapp.conversation.ClinicCommand.Cancel;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.ConfirmCancel;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.OrderItems;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.Quantity;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.QuantityChoice;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.Search;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.Status;

class ClinicCommandsTest {

	@ParameterizedTest
	@ValueSource(strings = { "hi", "Hi!", "  HELLO  ", "namaste", "MENU", "menu.", "ok", "" })
	void greetingsAndTheWordMenuShowTheMenu(String said) {
		assertThat(ClinicCommands.read(said)).isInstanceOf(ClinicCommand.ShowMenu.class);
	}

	@Test
	void readsEachTypedCommandInAnyCaseAndSpacing() {
		assertThat(ClinicCommands.read("cart")).isInstanceOf(ClinicCommand.ShowCart.class);
		assertThat(ClinicCommands.read("My  Cart")).isInstanceOf(ClinicCommand.ShowCart.class);
		assertThat(ClinicCommands.read("check out")).isInstanceOf(ClinicCommand.Checkout.class);
		assertThat(ClinicCommands.read("my orders")).isInstanceOf(ClinicCommand.MyOrders.class);
		assertThat(ClinicCommands.read("STATUS")).isInstanceOf(ClinicCommand.MyOrders.class);
		assertThat(ClinicCommands.read("order status")).isInstanceOf(ClinicCommand.MyOrders.class);
		assertThat(ClinicCommands.read("reorder")).isInstanceOf(ClinicCommand.Reorder.class);
		assertThat(ClinicCommands.read("help")).isInstanceOf(ClinicCommand.Help.class);
		assertThat(ClinicCommands.read("?")).isInstanceOf(ClinicCommand.Help.class);
		assertThat(ClinicCommands.read("search")).isInstanceOf(ClinicCommand.SearchPrompt.class);
		assertThat(ClinicCommands.read("yes")).isInstanceOf(ClinicCommand.Yes.class);
		assertThat(ClinicCommands.read("CANCEL")).isInstanceOf(ClinicCommand.No.class);
		assertThat(ClinicCommands.read("remove sap-tri-100")).isEqualTo(new ClinicCommand.Remove("SAP-TRI-100"));
		assertThat(ClinicCommands.read("ORDER SAP-TRI-100 x 5")).isInstanceOfSatisfying(OrderItems.class,
				order -> assertThat(order.command().wanted()).hasSize(1));
	}

	@Test
	void readsOrderNumbersInTheirStandardForm() {
		assertThat(ClinicCommands.read("status ayr-2026-123")).isEqualTo(new Status("ayr-2026-123", "AYR-2026-000123"));
		assertThat(ClinicCommands.read("Track AYR 2026 000123")).isInstanceOfSatisfying(Status.class,
				status -> assertThat(status.number()).isEqualTo("AYR-2026-000123"));
		assertThat(ClinicCommands.read("CANCEL AYR-2026-000042"))
			.isEqualTo(new Cancel("AYR-2026-000042", "AYR-2026-000042"));
		assertThat(ClinicCommands.read("cancel my order")).isEqualTo(new Cancel("my order", null));
	}

	@Test
	void readsNumbersAsQuantities() {
		assertThat(ClinicCommands.read("5")).isEqualTo(new Quantity(5));
		assertThat(ClinicCommands.read("12 units")).isEqualTo(new Quantity(12));
		assertThat(ClinicCommands.read("x3")).isEqualTo(new Quantity(3));
		assertThat(ClinicCommands.read("99999999999")).isEqualTo(new Quantity(Integer.MAX_VALUE));
	}

	@Test
	void readsThePostbacksOfOurListsAndButtons() {
		UUID product = UUID.randomUUID();
		assertThat(ClinicCommands.read("ADD:" + product)).isEqualTo(new ClinicCommand.Pick(product.toString()));
		assertThat(ClinicCommands.read("QTY:" + product + ":10")).isEqualTo(new QuantityChoice(product, 10));
		assertThat(ClinicCommands.read("CONFIRM-CHECKOUT")).isInstanceOf(ClinicCommand.ConfirmCheckout.class);
		assertThat(ClinicCommands.read("CANCEL-CHECKOUT")).isInstanceOf(ClinicCommand.AbandonCheckout.class);
		assertThat(ClinicCommands.read("CONFIRM-CANCEL:AYR-2026-000123"))
			.isEqualTo(new ConfirmCancel("AYR-2026-000123"));
		assertThat(ClinicCommands.read("KEEP-ORDER:AYR-2026-000123"))
			.isEqualTo(new ClinicCommand.KeepOrder("AYR-2026-000123"));
		assertThat(ClinicCommands.read("REORDER")).isInstanceOf(ClinicCommand.Reorder.class);
	}

	@Test
	void anythingElseIsSearchedForAsTyped() {
		assertThat(ClinicCommands.read("Triphala churna")).isEqualTo(new Search("Triphala churna"));
		assertThat(ClinicCommands.read("find Ashwagandha")).isEqualTo(new Search("Ashwagandha"));
		assertThat(ClinicCommands.read("orders please")).isEqualTo(new Search("orders please"));
	}

}
