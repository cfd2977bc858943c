package dev.storefront.shared;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

/**
 * The one place that words graphql-java's refusals of a request (validation, variable coercion,
 * syntax) for the caller: each names the argument (or variable) and the rule it broke, never the
 * value sent, nor an AST or Java class. graphql-java quotes the value ({@code argument
 * 'input.password' with value 'StringValue{value='...'}'}) and its scalars name Java classes.
 * The classification, locations and path of each error stay as they were.
 */
class CallerErrorMessages extends SimplePerformantInstrumentation {

    private static final Pattern VALIDATION =
            Pattern.compile("Validation [eE]rror \\(([^)]*)\\) ?: ?(.*)", Pattern.DOTALL);

    /**
     * graphql-java's argument messages; the value is everything up to the last rule that fits,
     * since the value may hold any text but what follows it is graphql-java's own.
     */
    private static final Pattern ARGUMENT = Pattern.compile(
            "argument '([^']+)' with value '(?<value>.*)' (?:"
                    + "(?<null>must not be null)" + "|is not a valid '(?<type>[^']+)'(?: - .*)?"
                    + "|(?<object>must be an object type)" + "|is missing required fields '\\[(?<missing>[^\\]]*)\\]'"
                    + "|contains a field not in '(?<container>[^']+)': '(?<extra>[^']*)')",
            Pattern.DOTALL);

    private static final Pattern BAD_DEFAULT =
            Pattern.compile("Bad default value '.*' for type '([^']+)'", Pattern.DOTALL);

    private static final Pattern VARIABLE =
            Pattern.compile("Variable '(\\w+)' has an invalid value: ?(.*)", Pattern.DOTALL);

    /** What our scalars say ({@link TypeRules#refusal}) and graphql-java's own scalars, enums and objects. */
    private static final Pattern OUR_SCALAR = Pattern.compile("not a valid '(\\w+)': .*", Pattern.DOTALL);

    private static final Pattern BUILT_IN_TYPE =
            Pattern.compile("Expected a value that can be converted to type '(\\w+)'.*", Pattern.DOTALL);

    private static final Pattern BUILT_IN_INPUT =
            Pattern.compile("Expected an? (String|Boolean|Number) input.*", Pattern.DOTALL);

    private static final Pattern ENUM_INPUT = Pattern.compile("Invalid input for enum '(\\w+)'.*", Pattern.DOTALL);

    private static final Pattern NULL_FIELD = Pattern.compile(
            "(?:Input field|Field) '\\w+'(?: of variable '\\w+')? has coerced Null value for NonNull type '[\\w\\[\\]!]+'");

    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

    /** Anything in quotes that is not a GraphQL name or type is the caller's text. */
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private static final Pattern TYPE_REFERENCE = Pattern.compile("[\\[]*[_A-Za-z][_0-9A-Za-z.]*[\\]!]*");

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        GraphQLSchema schema = parameters.getSchema();
        List<GraphQLError> errors = result.getErrors().stream()
                .map((error) -> reword(error, schema))
                .toList();
        return CompletableFuture.completedFuture(result.transform((builder) -> builder.errors(errors)));
    }

    static GraphQLError reword(GraphQLError error, GraphQLSchema schema) {
        ErrorClassification type = error.getErrorType();
        String message = error.getMessage();
        String reworded;
        if (error instanceof ValidationError) {
            reworded = validation(message, schema);
        } else if (type == ErrorType.ValidationError) {
            reworded = coercion(message, schema);
        } else if (type == ErrorType.InvalidSyntax) {
            reworded = syntax(message, error.getLocations());
        } else {
            return error;
        }
        if (reworded.equals(message)) {
            return error;
        }
        GraphqlErrorBuilder<?> builder =
                GraphqlErrorBuilder.newError().errorType(type).message(reworded);
        if (error.getLocations() != null) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        if (error.getExtensions() != null && !error.getExtensions().isEmpty()) {
            builder.extensions(error.getExtensions());
        }
        return builder.build();
    }

    private static String validation(String message, GraphQLSchema schema) {
        Matcher validation = VALIDATION.matcher(message);
        if (!validation.matches()) {
            return withoutQuotedText(message);
        }
        String head = "Validation error (" + validation.group(1) + ") : ";
        String body = validation.group(2);
        Matcher argument = ARGUMENT.matcher(body);
        if (argument.matches()) {
            return head + argumentRule(argument, schema);
        }
        Matcher badDefault = BAD_DEFAULT.matcher(body);
        if (badDefault.matches()) {
            return head + "a variable's default value is " + typeRule(badDefault.group(1), schema);
        }
        return head + withoutQuotedText(body);
    }

    private static String argumentRule(Matcher argument, GraphQLSchema schema) {
        String name = "argument '" + argument.group(1) + "' ";
        if (argument.group("null") != null) {
            return name + "must not be null";
        }
        if (argument.group("type") != null) {
            return name + "is " + typeRule(argument.group("type"), schema);
        }
        if (argument.group("object") != null) {
            return name + "must be an input object";
        }
        if (argument.group("missing") != null) {
            String missing = argument.group("missing");
            return name
                    + (missing.matches("[\\w, ]*")
                            ? "is missing the required fields " + missing
                            : "is missing required fields");
        }
        String container = argument.group("container");
        String extra = argument.group("extra");
        return name + "has a field" + (NAME.matcher(extra).matches() ? " '" + extra + "'" : "") + " that "
                + known(container, schema, "its input type") + " does not define";
    }

    private static String coercion(String message, GraphQLSchema schema) {
        Matcher variable = VARIABLE.matcher(message);
        if (variable.matches()) {
            return "Variable '" + variable.group(1) + "' has an invalid value: " + valueRule(variable.group(2), schema);
        }
        if (message.startsWith("The variables input contains a field name")) {
            int typeStart = message.lastIndexOf(" for input object type '");
            String typeName =
                    (typeStart < 0) ? "" : message.substring(typeStart + 24).replaceAll("'\\s*$", "");
            return "The variables hold a field that " + known(typeName, schema, "its input type") + " does not define";
        }
        return withoutQuotedText(message);
    }

    /** What graphql-java found wrong inside a variable, said as the rule of the type it failed. */
    private static String valueRule(String inner, GraphQLSchema schema) {
        for (Pattern typed : List.of(OUR_SCALAR, BUILT_IN_TYPE, ENUM_INPUT)) {
            Matcher matcher = typed.matcher(inner);
            if (matcher.matches()) {
                return typeRule(matcher.group(1), schema);
            }
        }
        Matcher input = BUILT_IN_INPUT.matcher(inner);
        if (input.matches()) {
            return typeRule("Number".equals(input.group(1)) ? "Float" : input.group(1), schema);
        }
        if (inner.startsWith("Expected value to be in the integer range")) {
            return typeRule("Int", schema);
        }
        if (inner.startsWith("Expected type 'Map'")) {
            return "an input object is expected";
        }
        if (NULL_FIELD.matcher(inner).matches()) {
            return inner;
        }
        return "it does not fit its type";
    }

    /** "not a valid 'T': the rule of T", for a type of the schema ({@code [T!]} names T); else no type is named. */
    private static String typeRule(String typeName, GraphQLSchema schema) {
        GraphQLNamedType type = (GraphQLNamedType) schema.getType(typeName.replaceAll("[\\[\\]!]", ""));
        return (type != null) ? TypeRules.refusal(type) : "not a valid value for its type";
    }

    private static String known(String typeName, GraphQLSchema schema, String otherwise) {
        return (schema.getType(typeName) != null) ? "'" + typeName + "'" : otherwise;
    }

    /**
     * graphql-java's syntax errors quote the offending token, which may be part of a value (an
     * unterminated string holding a password): say where the error is instead. The parser's own
     * limits ("More than 5000 'grammar' tokens ...") quote nothing of the caller's and stay.
     */
    private static String syntax(String message, @Nullable List<SourceLocation> locations) {
        if (!message.startsWith("Invalid syntax") && !message.startsWith("Invalid unicode")) {
            return message;
        }
        String what = message.startsWith("Invalid unicode")
                ? "Invalid unicode"
                : message.contains("extra tokens")
                        ? "Invalid syntax: extra tokens after the document"
                        : "Invalid syntax";
        if (locations == null || locations.isEmpty()) {
            return what;
        }
        SourceLocation at = locations.get(0);
        return what + " at line " + at.getLine() + " column " + at.getColumn();
    }

    private static String withoutQuotedText(String message) {
        return QUOTED.matcher(message)
                .replaceAll((quoted) -> TYPE_REFERENCE.matcher(quoted.group(1)).matches()
                        ? Matcher.quoteReplacement(quoted.group())
                        : "'…'");
    }
}
