package dev.strata.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every plan has its compiler case. The Java compiler already refuses a plan record without {@code accept} and a
 * compiler without a visitor method; these tests pin the other half: the visitors have one method per permitted
 * plan, so {@code accept} cannot route a new plan to another plan's case.
 */
class PlanVisitorsTest {

    @Test
    void fieldPlanVisitorHasOneCaseForEveryFieldPlan() {
        assertEquals(permitted(FieldPlan.class), cases(FieldPlan.Visitor.class));
    }

    @Test
    void mutationPlanVisitorHasOneCaseForEveryMutationPlan() {
        assertEquals(permitted(MutationPlan.class), cases(MutationPlan.Visitor.class));
    }

    @Test
    void everyFieldPlanReachesTheCaseOfItsOwnType() {
        for (Class<?> plan : FieldPlan.class.getPermittedSubclasses()) {
            FieldPlan instance = instanceOf(plan);
            Object reached = instance.accept(RecordingVisitor.FIELD);
            assertEquals(plan, reached, plan.getSimpleName() + ".accept calls another plan's case");
        }
    }

    private static Set<Class<?>> permitted(Class<?> sealed) {
        return Set.of(sealed.getPermittedSubclasses());
    }

    private static Set<Class<?>> cases(Class<?> visitor) {
        return Arrays.stream(visitor.getDeclaredMethods()).map(method -> method.getParameterTypes()[0])
                .collect(Collectors.toSet());
    }

    /** A plan of the given type with default component values (nulls, zeros, false). */
    private static FieldPlan instanceOf(Class<?> plan) {
        try {
            var components = plan.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(c -> c.getType()).toArray(Class<?>[]::new);
            Object[] values = Arrays.stream(types).map(PlanVisitorsTest::defaultValue).toArray();
            return (FieldPlan) plan.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot make a " + plan.getSimpleName(), e);
        }
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == java.util.List.class) {
            return java.util.List.of();
        }
        if (type == java.util.Map.class) {
            return java.util.Map.of();
        }
        return null;
    }

    /** Answers the plan type whose case was called. */
    private static final class RecordingVisitor {
        static final FieldPlan.Visitor<Object> FIELD = (FieldPlan.Visitor<Object>) java.lang.reflect.Proxy
                .newProxyInstance(FieldPlan.Visitor.class.getClassLoader(), new Class<?>[] {FieldPlan.Visitor.class},
                        (proxy, method, arguments) -> caseType(method));

        private static Class<?> caseType(Method method) {
            return method.getParameterTypes()[0];
        }
    }
}
