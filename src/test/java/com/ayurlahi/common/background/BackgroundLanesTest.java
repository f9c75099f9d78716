package com.ayurlahi.common.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Every background listener of the application names its lane, so that no kind of work
 * waits behind another's in a shared pool, and the lane it names is one there is.
 */
class BackgroundLanesTest {

	private static final Set<String> LANES = Set.of(Lanes.INBOX, Lanes.DOCUMENTS, Lanes.NOTIFICATIONS, Lanes.GATEWAY);

	@Test
	void everyApplicationModuleListenerRunsInALane() throws ClassNotFoundException {
		List<Method> listeners = listeners();
		assertThat(listeners).as("the application's background listeners").hasSizeGreaterThan(20);

		for (Method listener : listeners) {
			// Declared on the method itself: it overrides the plain @Async of
			// @ApplicationModuleListener (the default pool).
			Async async = listener.getDeclaredAnnotation(Async.class);
			assertThat(async).as("@Async(Lanes...) on %s", listener).isNotNull();
			assertThat(AnnotatedElementUtils.findMergedAnnotation(listener, Async.class).value())
				.as("the lane %s runs in", listener)
				.isEqualTo(async.value())
				.isIn(LANES);
		}
	}

	@Test
	void issuingDocumentsHasALaneOfItsOwn() throws ClassNotFoundException {
		List<Method> listeners = listeners();
		assertThat(listeners)
			.filteredOn(method -> method.getDeclaringClass().getSimpleName().equals("OwedDocumentRecorder"))
			.isNotEmpty()
			.allSatisfy(
					method -> assertThat(method.getDeclaredAnnotation(Async.class).value()).isEqualTo(Lanes.DOCUMENTS));
		assertThat(listeners)
			.filteredOn(method -> method.getDeclaringClass().getPackageName().contains("notifications")
					|| method.getDeclaringClass().getPackageName().contains("notices"))
			.isNotEmpty()
			.allSatisfy(method -> assertThat(method.getDeclaredAnnotation(Async.class).value())
				.isEqualTo(Lanes.NOTIFICATIONS));
	}

	private static List<Method> listeners() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		List<Method> listeners = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("com.ayurlahi")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(),
					BackgroundLanesTest.class.getClassLoader());
			Arrays.stream(type.getDeclaredMethods())
				.filter(method -> !Modifier.isStatic(method.getModifiers()))
				.filter(method -> AnnotatedElementUtils.hasAnnotation(method, ApplicationModuleListener.class))
				.forEach(listeners::add);
		}
		return listeners;
	}

}
