package dev.storefront.account;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The account queries and mutations. */
@Controller
class AccountController {

    private final Accounts accounts;

    private final Registration registration;

    private final SignIns signIns;

    AccountController(Accounts accounts, Registration registration, SignIns signIns) {
        this.accounts = accounts;
        this.registration = registration;
        this.signIns = signIns;
    }

    @QueryMapping
    @Nullable
    CustomerView me() {
        return this.accounts.current().orElse(null);
    }

    @MutationMapping
    AuthPayload register(@Argument RegisterInput input) {
        return this.registration.register(input.email(), input.password(), input.name());
    }

    @MutationMapping
    AuthPayload login(@Argument LoginInput input) {
        return this.signIns.login(input.email(), input.password(), clientAddress());
    }

    @MutationMapping
    LogoutPayload logout() {
        this.signIns.logout();
        return new LogoutPayload(true);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "unknown";
    }

    record RegisterInput(String email, String password, String name) {}

    record LoginInput(String email, String password) {}

    record LogoutPayload(boolean signedOut) {}
}
