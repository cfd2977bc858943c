package dev.storefront.order;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears {@link OrderPlaced} as any other module would (after commit), and notes whether the order
 * was already committed then: read on a connection of its own, the order's row is visible only
 * once its transaction committed.
 */
@TestComponent
public class OrderPlacedProbe {

    private final DataSource dataSource;

    private final List<Heard> heard = new CopyOnWriteArrayList<>();

    OrderPlacedProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    record Heard(OrderPlaced event, boolean committed) {}

    @TransactionalEventListener
    void on(OrderPlaced event) throws SQLException {
        // A connection of its own, straight from the pool: not the placing transaction's.
        try (Connection connection = this.dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select count(*) from customer_order where number = ?")) {
            select.setString(1, event.number());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                this.heard.add(new Heard(event, rows.getInt(1) == 1));
            }
            connection.rollback();
        }
    }

    List<Heard> heard() {
        return List.copyOf(this.heard);
    }
}
