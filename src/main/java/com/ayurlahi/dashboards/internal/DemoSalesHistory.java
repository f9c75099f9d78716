package com.ayurlahi.dashboards.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.tax.Money;

/**
 * The demo's past month, so that the dashboards' charts have something to show: the
 * second demo clinic ({@code pastdue.clinic@demo.ayurlahi.in}, Karnataka) ordered from
 * both demo manufacturers on most of the last {@value #DAYS} days before today, one to
 * three orders a day of one or two of their products, each paid (captured, and settled in
 * the ledger as the app settles: commission at the manufacturer's rate, 18 % GST on it, 1
 * % TCS, the rest its payout) and delivered. They are written as rows with their past
 * dates, because the app's own services date what they do now; they go through no stock,
 * plan or invoice (such history has no documents). Only with
 * {@code ayurlahi.demo-data.history} on (the dev profile), once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class DemoSalesHistory implements ApplicationRunner {

	static final int DAYS = 30;

	private static final Logger log = LoggerFactory.getLogger(DemoSalesHistory.class);

	private static final String CLINIC = "pastdue.clinic@demo.ayurlahi.in";

	private static final List<String> MAKERS = List.of("maker@demo.ayurlahi.in", "kerala.maker@demo.ayurlahi.in");

	private static final BigDecimal COMMISSION_GST = new BigDecimal("18");

	private static final BigDecimal TCS = BigDecimal.ONE;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean enabled;

	DemoSalesHistory(JdbcClient jdbc, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${ayurlahi.demo-data.enabled:false}") boolean demo,
			@org.springframework.beans.factory.annotation.Value("${ayurlahi.demo-data.history:false}") boolean history) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.enabled = demo && history;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		Map<String, Object> clinic = jdbc.sql("""
				select c.id, c.owner_user_id, c.legal_name, c.gstin, c.address_line1, c.city, c.pincode, c.state_code
				from clinics c join users u on u.id = c.owner_user_id
				where u.email = :email and c.status = 'APPROVED'
				""").param("email", CLINIC).query().listOfRows().stream().findFirst().orElse(null);
		if (clinic == null || jdbc.sql("select count(*) from orders where clinic_id = :id")
			.param("id", clinic.get("id"))
			.query(Long.class)
			.single() > 0) {
			return;
		}
		List<Map<String, Object>> makers = jdbc.sql("""
				select m.id, m.owner_user_id, m.company_name, m.gstin, m.state_code,
				       coalesce(m.commission_rate, 8) as commission_rate
				from manufacturers m join users u on u.id = m.owner_user_id
				where u.email in (:emails) and m.status = 'APPROVED'
				order by u.email
				""").param("emails", MAKERS).query().listOfRows();
		Random random = new Random(18);
		LocalDate today = IndianTime.today(clock);
		int written = 0;
		for (int daysAgo = DAYS; daysAgo >= 1; daysAgo--) {
			int orders = random.nextInt(4);
			for (int n = 0; n < orders; n++) {
				Map<String, Object> maker = makers.get(random.nextInt(makers.size()));
				List<Map<String, Object>> products = jdbc.sql("""
						select id, name, sku, hsn_code, pack_size, unit_price, gst_rate from products
						where manufacturer_id = :maker and active and archived_at is null
						order by sku
						""").param("maker", maker.get("id")).query().listOfRows();
				if (products.isEmpty()) {
					continue;
				}
				Instant placed = today.minusDays(daysAgo)
					.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(9 * 60)))
					.atZone(IndianTime.ZONE)
					.toInstant();
				write(clinic, maker, List.of(products.get(random.nextInt(products.size())),
						products.get(random.nextInt(products.size()))), random, placed);
				written++;
			}
		}
		log.info("Wrote {} demo orders of the last {} days", written, DAYS);
	}

	private void write(Map<String, Object> clinic, Map<String, Object> maker, List<Map<String, Object>> lines,
			Random random, Instant placed) {
		UUID orderId = UUID.randomUUID();
		UUID paymentId = UUID.randomUUID();
		long number = jdbc.sql("select nextval('order_number_seq')").query(Long.class).single();
		String orderNumber = "AYR-" + placed.atZone(IndianTime.ZONE).getYear() + "-" + String.format("%06d", number);
		boolean intraState = clinic.get("state_code").equals(maker.get("state_code"));
		BigDecimal rate = (BigDecimal) maker.get("commission_rate");
		BigDecimal subtotal = Money.ZERO;
		BigDecimal cgst = Money.ZERO;
		BigDecimal sgst = Money.ZERO;
		BigDecimal igst = Money.ZERO;
		BigDecimal commission = Money.ZERO;
		List<Map<String, Object>> distinct = lines.get(0).get("id").equals(lines.get(1).get("id")) ? lines.subList(0, 1)
				: lines;
		List<Object[]> items = new java.util.ArrayList<>();
		for (Map<String, Object> product : distinct) {
			int quantity = 2 + random.nextInt(9);
			BigDecimal taxable = Money
				.rupees(((BigDecimal) product.get("unit_price")).multiply(BigDecimal.valueOf(quantity)));
			BigDecimal gstRate = (BigDecimal) product.get("gst_rate");
			BigDecimal half = Money.percentOf(taxable, gstRate.divide(BigDecimal.TWO));
			BigDecimal lineCgst = intraState ? half : Money.ZERO;
			BigDecimal lineIgst = intraState ? Money.ZERO : Money.percentOf(taxable, gstRate);
			subtotal = subtotal.add(taxable);
			cgst = cgst.add(lineCgst);
			sgst = sgst.add(lineCgst);
			igst = igst.add(lineIgst);
			commission = commission.add(Money.percentOf(taxable, rate));
			items.add(new Object[] { product, quantity, taxable, lineCgst, lineIgst });
		}
		BigDecimal total = subtotal.add(cgst).add(sgst).add(igst);
		Instant delivered = placed.plus(Duration.ofHours(30 + random.nextInt(50)));
		jdbc.sql("""
				insert into orders (id, version, order_number, clinic_id, clinic_user_id, clinic_name, clinic_gstin,
				    manufacturer_id, manufacturer_user_id, manufacturer_name, manufacturer_gstin,
				    manufacturer_state_code, source, status, shipping_address_line1, shipping_city, shipping_pincode,
				    shipping_state_code, tax_type, subtotal, cgst_total, sgst_total, igst_total, total, carrier,
				    tracking_number, created_at, updated_at)
				values (:id, 0, :number, :clinic, :clinicUser, :clinicName, :clinicGstin, :maker, :makerUser,
				    :makerName, :makerGstin, :makerState, 'WEB', 'DELIVERED', :line1, :city, :pincode, :clinicState,
				    :taxType, :subtotal, :cgst, :sgst, :igst, :total, 'DTDC', :tracking, :placed, :delivered)
				""")
			.param("id", orderId)
			.param("number", orderNumber)
			.param("clinic", clinic.get("id"))
			.param("clinicUser", clinic.get("owner_user_id"))
			.param("clinicName", clinic.get("legal_name"))
			.param("clinicGstin", clinic.get("gstin"))
			.param("maker", maker.get("id"))
			.param("makerUser", maker.get("owner_user_id"))
			.param("makerName", maker.get("company_name"))
			.param("makerGstin", maker.get("gstin"))
			.param("makerState", maker.get("state_code"))
			.param("line1", clinic.get("address_line1"))
			.param("city", clinic.get("city"))
			.param("pincode", clinic.get("pincode"))
			.param("clinicState", clinic.get("state_code"))
			.param("taxType", intraState ? "INTRA_STATE" : "INTER_STATE")
			.param("subtotal", subtotal)
			.param("cgst", cgst)
			.param("sgst", sgst)
			.param("igst", igst)
			.param("total", total)
			.param("tracking", "D7" + String.format("%07d", number))
			.param("placed", Timestamp.from(placed))
			.param("delivered", Timestamp.from(delivered))
			.update();
		int line = 1;
		for (Object[] item : items) {
			@SuppressWarnings("unchecked")
			Map<String, Object> product = (Map<String, Object>) item[0];
			BigDecimal taxable = (BigDecimal) item[2];
			BigDecimal lineCgst = (BigDecimal) item[3];
			BigDecimal lineIgst = (BigDecimal) item[4];
			jdbc.sql("""
					insert into order_items (id, order_id, line_number, product_id, product_name, sku, hsn_code,
					    pack_size, quantity, unit_price, gst_rate, taxable_value, cgst, sgst, igst, line_total,
					    commission_rate, status)
					values (:id, :order, :line, :product, :name, :sku, :hsn, :pack, :quantity, :price, :gstRate,
					    :taxable, :cgst, :cgst, :igst, :lineTotal, :rate, 'ORDERED')
					""")
				.param("id", UUID.randomUUID())
				.param("order", orderId)
				.param("line", line++)
				.param("product", product.get("id"))
				.param("name", product.get("name"))
				.param("sku", product.get("sku"))
				.param("hsn", product.get("hsn_code"))
				.param("pack", product.get("pack_size"))
				.param("quantity", item[1])
				.param("price", product.get("unit_price"))
				.param("gstRate", product.get("gst_rate"))
				.param("taxable", taxable)
				.param("cgst", lineCgst)
				.param("igst", lineIgst)
				.param("lineTotal", taxable.add(lineCgst).add(lineCgst).add(lineIgst))
				.param("rate", rate)
				.update();
		}
		Instant captured = placed.plusSeconds(90);
		List<String> steps = List.of("PENDING", "CONFIRMED", "PROCESSING", "SHIPPED", "DELIVERED");
		List<Instant> times = List.of(placed, captured, captured.plus(Duration.ofHours(3)),
				captured.plus(Duration.ofHours(6)), delivered);
		for (int step = 0; step < steps.size(); step++) {
			jdbc.sql("""
					insert into order_status_history (id, order_id, step, status, at, actor_id, actor_role)
					values (:id, :order, :step, :status, :at, :actor, :role)
					""")
				.param("id", UUID.randomUUID())
				.param("order", orderId)
				.param("step", step + 1)
				.param("status", steps.get(step))
				.param("at", Timestamp.from(times.get(step)))
				.param("actor", step == 0 ? clinic.get("owner_user_id") : step == 1 ? null : maker.get("owner_user_id"))
				.param("role", step == 0 ? "CLINIC" : step == 1 ? "SYSTEM" : "MANUFACTURER")
				.update();
		}
		jdbc.sql("""
				insert into payments (id, version, order_id, clinic_user_id, razorpay_order_id, razorpay_payment_id,
				    amount, currency, status, method, created_at, captured_at, updated_at, order_number, clinic_name)
				values (:id, 0, :order, :clinicUser, :rzpOrder, :rzpPayment, :amount, 'INR', 'CAPTURED', 'upi', :placed,
				    :captured, :captured, :number, :clinicName)
				""")
			.param("id", paymentId)
			.param("order", orderId)
			.param("clinicUser", clinic.get("owner_user_id"))
			.param("rzpOrder", "order_demohist" + number)
			.param("rzpPayment", "pay_demohist" + number)
			.param("amount", total)
			.param("placed", Timestamp.from(placed))
			.param("captured", Timestamp.from(captured))
			.param("number", orderNumber)
			.param("clinicName", clinic.get("legal_name"))
			.update();
		BigDecimal commissionGst = Money.percentOf(commission, COMMISSION_GST);
		BigDecimal tcs = Money.percentOf(subtotal, TCS);
		Map<String, BigDecimal> ledger = new java.util.LinkedHashMap<>();
		ledger.put("CAPTURED", total);
		ledger.put("COMMISSION", commission);
		ledger.put("COMMISSION_GST", commissionGst);
		ledger.put("TCS", tcs);
		ledger.put("PAYOUT", total.subtract(commission).subtract(commissionGst).subtract(tcs));
		ledger.forEach((kind, amount) -> jdbc.sql("""
				insert into ledger_entries (id, payment_id, order_id, order_number, manufacturer_id, kind, amount,
				    recorded_at, source_id)
				values (:id, :payment, :order, :number, :maker, :kind, :amount, :at, :payment)
				""")
			.param("id", UUID.randomUUID())
			.param("payment", paymentId)
			.param("order", orderId)
			.param("number", orderNumber)
			.param("maker", maker.get("id"))
			.param("kind", kind)
			.param("amount", amount)
			.param("at", Timestamp.from(captured))
			.update());
	}

}
