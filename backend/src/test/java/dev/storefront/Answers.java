package dev.storefront;

import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes of the API's shared types as tests read them ({@code .path(...).entity(Money.class)})
 * and send them (inputs, as variables), and checks of a response's errors for
 * {@code .errors().satisfy(...)}.
 */
public final class Answers {

    private Answers() {}

    /** {@code Money}; the currency is null where the document didn't ask for it. */
    public record Money(String amount, @Nullable String currencyCode) {

        public static Money of(String amount) {
            return new Money(amount, null);
        }
    }

    /** {@code UserError}; what the document didn't ask for is null. */
    public record UserError(
            String code,
            @Nullable List<String> field,
            @Nullable String message) {}

    /** {@code PageInfo}; what the document didn't ask for is null. */
    public record PageInfo(
            @Nullable Boolean hasNextPage,
            @Nullable Boolean hasPreviousPage,
            @Nullable String startCursor,
            @Nullable String endCursor) {}

    /** {@code Customer} as {@code register.graphql} and {@code login.graphql} select it. */
    public record CustomerData(String id, String email, String name, List<String> roles) {}

    /** {@code AuthPayload} as {@code register.graphql} and {@code login.graphql} select it. */
    public record AuthData(@Nullable CustomerData customer, List<UserError> userErrors) {}

    /** {@code RegisterInput}. */
    public record RegisterInput(String email, String password, String name) {}

    /** {@code LoginInput}. */
    public record LoginInput(String email, String password) {}

    public static List<String> codes(List<UserError> errors) {
        return errors.stream().map(UserError::code).toList();
    }

    /** Each error's field, e.g. {@code [input, email]}. */
    public static List<@Nullable List<String>> fields(List<UserError> errors) {
        return errors.stream().map(UserError::field).toList();
    }

    /** The classification in an error's extensions, e.g. {@code FORBIDDEN} or graphql-java's {@code ValidationError}. */
    public static String classification(ResponseError error) {
        return error.getErrorType().toString();
    }

    /** There are errors, and the first is of the given classification. */
    public static Consumer<List<ResponseError>> classifiedAs(String classification) {
        return (errors) -> assertThat(errors)
                .as("errors")
                .isNotEmpty()
                .first()
                .satisfies((error) ->
                        assertThat(classification(error)).as("%s", error).isEqualTo(classification));
    }

    /** The message of the response's first error. */
    public static String firstMessage(GraphQlTester.Response response) {
        List<ResponseError> errors = response.returnResponse().getErrors();
        assertThat(errors).as("errors").isNotEmpty();
        return String.valueOf(errors.get(0).getMessage());
    }

    /**
     * The value at a path that may be null (an order the caller may not see, {@code me} when
     * anonymous), as the type, or null. Fails on errors the test didn't check, as any path does.
     */
    public static <T> @Nullable T valueOrNull(GraphQlTester.Response response, String path, Class<T> type) {
        GraphQlTester.Path at = response.path(path);
        if (response.returnResponse().field(path).getValue() == null) {
            at.valueIsNull();
            return null;
        }
        return at.entity(type).get();
    }

    /** The response's errors as JSON-ish text, for what no error may say anywhere (an input it refused). */
    public static String errorsText(GraphQlTester.Response response) {
        return String.valueOf(response.returnResponse().toMap().get("errors"));
    }

    /** The whole response as JSON-ish text, for what it may say nowhere. */
    public static String text(GraphQlTester.Response response) {
        return response.returnResponse().toMap().toString();
    }

    /** The response holds no data: the request was refused before anything ran. */
    public static void assertNoData(GraphQlTester.Response response) {
        assertThat(response.returnResponse().<Object>getData())
                .as("data of %s", response.returnResponse())
                .isNull();
    }
}
