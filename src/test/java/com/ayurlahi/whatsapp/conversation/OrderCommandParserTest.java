package com.ayurlahi.whatsapp.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.ayurlahi.whatsapp.conversation.OrderCommand.Unreadable;
import com.ayurlahi.whatsapp.conversation.OrderCommand.Wanted;

class OrderCommandParserTest {

	@Test
	void readsTheCommandAsWrittenInTheExample() {
		OrderCommand command = OrderCommandParser.parse("ORDER SAP-TRI-100 x 5, VHF-BAL-450 x 2");

		assertThat(command.items()).containsExactly(new Wanted("SAP-TRI-100 x 5", "SAP-TRI-100", 5),
				new Wanted("VHF-BAL-450 x 2", "VHF-BAL-450", 2));
		assertThat(command.unreadable()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ORDER SAP-TRI-100 x 5", "order sap-tri-100 x 5", "Order  SAP-TRI-100   X   5 ",
			"ORDER SAP-TRI-100x5", "ORDER SAP-TRI-100 x5", "ORDER SAP-TRI-100 *5", "ORDER SAP-TRI-100 * 5",
			"ORDER SAP-TRI-100:5", "ORDER: SAP-TRI-100 : 5", "ORDER SAP-TRI-100 × 5", "ORDER SAP-TRI-100 5",
			"ORDER SAP-TRI-100 x 5 units", "ORDER SAP-TRI-100 x 5 pcs", "ORDER SAP-TRI-100 x 05",
			"ORDER 5 x SAP-TRI-100", "order 5 units x sap-tri-100", "\n ORDER\nSAP-TRI-100 x 5\n" })
	void toleratesCaseSpacingAndSeparators(String text) {
		assertThat(OrderCommandParser.parse(text).items()).singleElement()
			.isInstanceOfSatisfying(Wanted.class, wanted -> {
				assertThat(wanted.sku()).isEqualTo("SAP-TRI-100");
				assertThat(wanted.quantity()).isEqualTo(5);
			});
	}

	@Test
	void separatesItemsByCommasSemicolonsAndNewLines() {
		OrderCommand command = OrderCommandParser
			.parse("ORDER sap-tri-100 x 5 ;vhf-bal-450*2,\nSAP-ASH-100: 3\r\nSAP-HIN-050 x 1,,");

		assertThat(command.wanted()).extracting(Wanted::sku, Wanted::quantity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SAP-TRI-100", 5),
					org.assertj.core.groups.Tuple.tuple("VHF-BAL-450", 2),
					org.assertj.core.groups.Tuple.tuple("SAP-ASH-100", 3),
					org.assertj.core.groups.Tuple.tuple("SAP-HIN-050", 1));
	}

	@Test
	void readsItemsWrittenWithoutCommasWhenTheyAreJoinedByASeparator() {
		OrderCommand command = OrderCommandParser.parse("ORDER SAP-TRI-100 x 5 VHF-BAL-450 x 2 SAP-ASH-100*3");

		assertThat(command.wanted()).extracting(Wanted::text)
			.containsExactly("SAP-TRI-100 x 5", "VHF-BAL-450 x 2", "SAP-ASH-100*3");
	}

	@Test
	void splitsBeforeTheLastSeparatorSoThatSkusMayContainAnX() {
		assertThat(OrderCommandParser.parse("ORDER BOX-10x5, SAXP-1 x 3, TX-9X2").wanted())
			.extracting(Wanted::sku, Wanted::quantity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("BOX-10", 5),
					org.assertj.core.groups.Tuple.tuple("SAXP-1", 3), org.assertj.core.groups.Tuple.tuple("TX-9", 2));
	}

	@Test
	void keepsTheOrderOfGoodAndBadItems() {
		OrderCommand command = OrderCommandParser.parse("ORDER SAP-TRI-100 x 5, SAP-ASH-100 x five, VHF-BAL-450 x 2");

		assertThat(command.items()).extracting(OrderCommand.Item::text)
			.containsExactly("SAP-TRI-100 x 5", "SAP-ASH-100 x five", "VHF-BAL-450 x 2");
		assertThat(command.items().get(1)).isInstanceOf(Unreadable.class);
		assertThat(command.wanted()).hasSize(2);
	}

	@Nested
	class BadItems {

		@Test
		void aWordForTheQuantityIsNotANumber() {
			assertThat(problemOf("ORDER SAP-TRI-100 x five")).isEqualTo("\"five\" is not a whole number of units");
		}

		@Test
		void aFractionIsNotAWholeNumber() {
			assertThat(problemOf("ORDER SAP-TRI-100 x 2.5")).isEqualTo("\"2.5\" is not a whole number of units");
		}

		@Test
		void aSkuAloneHasNoQuantity() {
			assertThat(problemOf("ORDER SAP-TRI-100")).startsWith("no quantity: write each product as SKU x quantity");
			assertThat(problemOf("ORDER SAP-TRI-100 x")).startsWith("no quantity");
		}

		@Test
		void zeroAndNegativeQuantitiesAreRefused() {
			assertThat(problemOf("ORDER SAP-TRI-100 x 0")).isEqualTo("the quantity must be at least 1");
			assertThat(problemOf("ORDER SAP-TRI-100 x -3")).isEqualTo("the quantity must be at least 1");
			assertThat(problemOf("ORDER SAP-TRI-100 : -3")).isEqualTo("the quantity must be at least 1");
		}

		@Test
		void moreThanALakhOfUnitsIsRefused() {
			assertThat(problemOf("ORDER SAP-TRI-100 x 100001"))
				.isEqualTo("at most 1,00,000 units of a product can be ordered");
			assertThat(problemOf("ORDER SAP-TRI-100 x 99999999999999999999"))
				.isEqualTo("at most 1,00,000 units of a product can be ordered");
			assertThat(OrderCommandParser.parse("ORDER SAP-TRI-100 x 100000").wanted()).singleElement()
				.extracting(Wanted::quantity)
				.isEqualTo(100_000);
		}

		@Test
		void somethingThatIsNoSkuIsNamed() {
			assertThat(problemOf("ORDER ₹50 x 2")).startsWith("\"₹50\" is not a SKU");
			assertThat(problemOf("ORDER ???")).startsWith("can't read it");
		}

		@Test
		void itemsRunTogetherWithoutSeparatorsAskForCommas() {
			assertThat(problemOf("ORDER SAP-TRI-100 5 VHF-BAL-450 2")).startsWith("can't tell where one product ends");
		}

		@Test
		void aSkuNamedTwiceIsReportedTheSecondTime() {
			OrderCommand command = OrderCommandParser.parse("ORDER SAP-TRI-100 x 5, sap-tri-100 x 2");

			assertThat(command.wanted()).singleElement().extracting(Wanted::quantity).isEqualTo(5);
			assertThat(command.unreadable()).singleElement()
				.extracting(Unreadable::problem)
				.isEqualTo("SAP-TRI-100 is named twice: give its total quantity once");
		}

		@Test
		void itemsAfterTheTwentiethAreNotRead() {
			String items = IntStream.rangeClosed(1, 22)
				.mapToObj(i -> "SKU-" + i + " x " + i)
				.collect(Collectors.joining(", "));

			OrderCommand command = OrderCommandParser.parse("ORDER " + items);

			assertThat(command.wanted()).hasSize(20);
			assertThat(command.unreadable()).extracting(Unreadable::text).containsExactly("SKU-21 x 21", "SKU-22 x 22");
			assertThat(command.unreadable().getFirst().problem()).contains("at most 20 products");
		}

		@Test
		void anEmptyCommandHasNoItems() {
			assertThat(OrderCommandParser.parse("ORDER").items()).isEmpty();
			assertThat(OrderCommandParser.parse("order , ;").items()).isEmpty();
		}

		private static String problemOf(String text) {
			return OrderCommandParser.parse(text)
				.items()
				.stream()
				.map(Unreadable.class::cast)
				.findFirst()
				.orElseThrow()
				.problem();
		}

	}

	@ParameterizedTest
	@ValueSource(strings = { "ORDER SAP-TRI-100 x 5", "order", "Order: SAP-TRI-100 x 5", "  ORDER\nSAP-TRI-100 x 5" })
	void recognisesAnOrderCommand(String text) {
		assertThat(OrderCommandParser.isOrderCommand(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ORDERS", "my orders", "reorder", "Triphala", "orderly" })
	void doesNotTakeOtherWordsForAnOrderCommand(String text) {
		assertThat(OrderCommandParser.isOrderCommand(text)).isFalse();
	}

}
