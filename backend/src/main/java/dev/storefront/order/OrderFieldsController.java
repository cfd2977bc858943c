package dev.storefront.order;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.storefront.account.Accounts;
import dev.storefront.account.CustomerView;
import dev.storefront.catalog.Catalog;
import dev.storefront.catalog.ProductView;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The fields of an order that come from other modules, each in one read for every order of a
 * page: the products of the lines (from the catalog) and the customers (from accounts).
 */
@Controller
class OrderFieldsController {

    private final Catalog catalog;

    private final Accounts accounts;

    private final OrderAccess access;

    OrderFieldsController(Catalog catalog, Accounts accounts, OrderAccess access) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.access = access;
    }

    /** The product as it is now; gone, or off sale for a caller who is no admin: null. */
    @BatchMapping(typeName = "OrderLine")
    Map<OrderView.OrderLineView, ProductView> product(List<OrderView.OrderLineView> lines) {
        boolean admin = this.access.isAdmin();
        Map<Long, ProductView> products = this.catalog.productsInAnyState(
                lines.stream().map(OrderView.OrderLineView::productId).collect(Collectors.toSet()));
        return lines.stream()
                .filter((line) -> products.containsKey(line.productId()))
                .filter((line) -> admin || products.get(line.productId()).active())
                .collect(Collectors.toMap(Function.identity(), (line) -> products.get(line.productId()), (a, b) -> a));
    }

    /** The customer, for that customer and admins; null for a guest order or anyone else. */
    @BatchMapping(typeName = "Order")
    Map<OrderView, CustomerView> customer(List<OrderView> orders) {
        boolean admin = this.access.isAdmin();
        List<OrderView> shown = orders.stream()
                .filter((order) -> order.customerId() != null)
                .filter((order) -> admin || this.access.owns(order.customerId()))
                .toList();
        Map<Long, CustomerView> customers = this.accounts.customers(shown.stream()
                .map(OrderView::customerId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return shown.stream()
                .filter((order) -> customers.containsKey(order.customerId()))
                .collect(Collectors.toMap(
                        Function.identity(), (order) -> customers.get(order.customerId()), (a, b) -> a));
    }
}
