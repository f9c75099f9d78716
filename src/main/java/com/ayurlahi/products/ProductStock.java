package com.ayurlahi.products;

import java.time.Clock;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.IndianTime;

/**
 * Stock as orders take and give it back. Every change is one conditional {@code UPDATE}
 * in the database, never a value read into Java and written back, so concurrent orders
 * can't oversell: a reservation only succeeds while enough units are left, and the
 * table's check constraint refuses negative stock whatever happens. Reservations run
 * inside the caller's transaction, which must roll back when one fails.
 */
@Service
public class ProductStock {

	private final JdbcClient jdbc;

	private final ProductQueries queries;

	private final Clock clock;

	ProductStock(JdbcClient jdbc, ProductQueries queries, Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * Takes the units from stock, product by product in the order of their ids (so that
	 * two orders of the same products lock them in the same order and never deadlock),
	 * and marks the products as ordered. Only products clinics may order today can be
	 * reserved.
	 * @throws InsufficientStockException naming the first product that lacks units or
	 * can't be ordered
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void reserve(Collection<StockRequest> requests) {
		LocalDate today = IndianTime.today(clock);
		Timestamp now = Timestamp.from(clock.instant());
		List<StockRequest> inLockOrder = requests.stream()
			.sorted(Comparator.comparing(StockRequest::productId))
			.toList();
		for (StockRequest request : inLockOrder) {
			int updated = jdbc
				.sql("""
						update products set stock_quantity = stock_quantity - :quantity, ever_ordered = true, updated_at = :now
						where id = :id and stock_quantity >= :quantity and active and archived_at is null
						  and exists (select 1 from catalog_sellers s where s.manufacturer_id = products.manufacturer_id
						              and s.status = 'APPROVED' and s.licence_expiry >= :today)
						""")
				.param("quantity", request.quantity())
				.param("now", now)
				.param("id", request.productId())
				.param("today", today)
				.update();
			if (updated == 0) {
				throw shortOf(request, today);
			}
		}
	}

	/**
	 * Gives units back to stock, for a cancelled order or item; the caller makes sure it
	 * happens once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void release(UUID productId, int quantity) {
		if (quantity < 1) {
			throw new IllegalArgumentException("Release at least one unit");
		}
		jdbc.sql("update products set stock_quantity = stock_quantity + :quantity, updated_at = :now where id = :id")
			.param("quantity", quantity)
			.param("now", Timestamp.from(clock.instant()))
			.param("id", productId)
			.update();
	}

	/**
	 * Sets the stock a manufacturer counted, unless it changed since they saw
	 * {@code expected} (an order took units meanwhile); without {@code expected} it is
	 * set whatever it was.
	 * @return whether the stock was set
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean set(UUID productId, @Nullable Integer expected, int quantity) {
		return jdbc
			.sql("update products set stock_quantity = :quantity, updated_at = :now where id = :id"
					+ (expected == null ? "" : " and stock_quantity = :expected"))
			.param("quantity", quantity)
			.param("now", Timestamp.from(clock.instant()))
			.param("id", productId)
			.params(expected == null ? Map.of() : Map.of("expected", expected))
			.update() == 1;
	}

	int current(UUID productId) {
		return jdbc.sql("select stock_quantity from products where id = :id")
			.param("id", productId)
			.query(Integer.class)
			.single();
	}

	private InsufficientStockException shortOf(StockRequest request, LocalDate today) {
		return queries.find(request.productId(), today)
			.map(product -> new InsufficientStockException(product.id(),
					!product.orderable() ? product.name() + " can no longer be ordered."
							: product.stockQuantity() == 0 ? product.name() + " is out of stock."
									: "Only " + product.stockQuantity() + " of " + product.name()
											+ " are in stock; you asked for " + request.quantity() + "."))
			.orElseGet(() -> new InsufficientStockException(request.productId(),
					"A product you ordered no longer exists."));
	}

}
