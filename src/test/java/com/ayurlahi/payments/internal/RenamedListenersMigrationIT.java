package com.ayurlahi.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

import com.ayurlahi.orders.OrderStatusChanged;
import com.ayurlahi.payments.PaymentCaptured;
import com.ayurlahi.payments.RefundProcessed;
import com.ayurlahi.payments.gateway.GatewayCallDue.RefundDue;
import com.ayurlahi.payments.gateway.GatewayCallDue.TransferDue;
import com.ayurlahi.test.TestDatabase;

/**
 * Event publications stored before the redesign and not completed by the update keep
 * finding their listener and their class: the migration gives them the ids Spring
 * computes for the renamed listeners and the new class names.
 */
class RenamedListenersMigrationIT {

	@Test
	void outstandingPublicationsTakeTheNamesOfTheRenamedClasses() throws Exception {
		TestDatabase database = TestDatabase.get("renamed-listeners");
		flyway(database).target("14.2").load().migrate();
		UUID refund = UUID.randomUUID();
		UUID transfer = UUID.randomUUID();
		UUID delivery = UUID.randomUUID();
		UUID capture = UUID.randomUUID();
		UUID refunded = UUID.randomUUID();
		try (Connection connection = connect(database)) {
			insert(connection, refund, "com.ayurlahi.payments.GatewayWorkDue$RefundDue",
					"com.ayurlahi.payments.GatewayWork.on(com.ayurlahi.payments.GatewayWorkDue$RefundDue)");
			insert(connection, transfer, "com.ayurlahi.payments.GatewayWorkDue$TransferDue",
					"com.ayurlahi.payments.GatewayWork.on(com.ayurlahi.payments.GatewayWorkDue$TransferDue)");
			insert(connection, delivery, "com.ayurlahi.orders.OrderStatusChanged",
					"com.ayurlahi.payments.GatewayWork.on(com.ayurlahi.orders.OrderStatusChanged)");
			insert(connection, capture, "com.ayurlahi.payments.PaymentCaptured",
					"com.ayurlahi.invoices.InvoiceRequesting.on(com.ayurlahi.payments.PaymentCaptured)");
			insert(connection, refunded, "com.ayurlahi.payments.RefundProcessed",
					"com.ayurlahi.invoices.InvoiceRequesting.on(com.ayurlahi.payments.RefundProcessed)");
		}

		flyway(database).load().migrate();

		Class<?> recorder = Class.forName("com.ayurlahi.invoices.OwedDocumentRecorder");
		try (Connection connection = connect(database)) {
			assertThat(read(connection, refund)).containsExactly(RefundDue.class.getName(),
					listenerId(GatewayCallWorker.class.getDeclaredMethod("on", RefundDue.class)));
			assertThat(read(connection, transfer)).containsExactly(TransferDue.class.getName(),
					listenerId(GatewayCallWorker.class.getDeclaredMethod("on", TransferDue.class)));
			assertThat(read(connection, delivery)).containsExactly(OrderStatusChanged.class.getName(),
					listenerId(GatewayCallWorker.class.getDeclaredMethod("on", OrderStatusChanged.class)));
			assertThat(read(connection, capture)).containsExactly(PaymentCaptured.class.getName(),
					listenerId(recorder.getDeclaredMethod("on", PaymentCaptured.class)));
			assertThat(read(connection, refunded)).containsExactly(RefundProcessed.class.getName(),
					listenerId(recorder.getDeclaredMethod("on", RefundProcessed.class)));
		}
	}

	/**
	 * The id Spring gives a listener method that names none, as the registry stores it.
	 */
	static String listenerId(Method listener) {
		StringBuilder id = new StringBuilder(ClassUtils.getQualifiedMethodName(listener)).append('(');
		Class<?>[] parameters = listener.getParameterTypes();
		for (int i = 0; i < parameters.length; i++) {
			id.append(i == 0 ? "" : ",").append(parameters[i].getName());
		}
		return id.append(')').toString();
	}

	private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(TestDatabase database) {
		return Flyway.configure()
			.dataSource(database.url(), database.username(), database.password())
			.locations("classpath:db/migration", "classpath:db/vendor/postgresql");
	}

	private static Connection connect(TestDatabase database) throws SQLException {
		return DriverManager.getConnection(database.url(), database.username(), database.password());
	}

	private static void insert(Connection connection, UUID id, String eventType, String listenerId)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
				values (?, ?, ?, '{}', ?)""")) {
			insert.setObject(1, id);
			insert.setString(2, listenerId);
			insert.setString(3, eventType);
			insert.setObject(4, OffsetDateTime.now());
			insert.executeUpdate();
		}
	}

	private static String[] read(Connection connection, UUID id) throws SQLException {
		try (PreparedStatement select = connection
			.prepareStatement("select event_type, listener_id from event_publication where id = ?")) {
			select.setObject(1, id);
			try (ResultSet row = select.executeQuery()) {
				assertThat(row.next()).isTrue();
				return new String[] { row.getString(1), row.getString(2) };
			}
		}
	}

}
