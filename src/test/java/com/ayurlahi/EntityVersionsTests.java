package com.ayurlahi;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every entity with a {@code @Version} field has a public getter for it: Spring Data's
 * {@code save} reads the version to tell a new entity from a stored one through a bean
 * wrapper, which without a getter throws and catches an exception (its stack trace filled
 * in) on every save before it falls back to the field.
 */
class EntityVersionsTests {

	@Test
	void everyVersionedEntityHasAGetterForItsVersion() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
		List<String> versioned = new ArrayList<>();
		List<String> withoutGetter = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("com.ayurlahi")) {
			Class<?> entity = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			for (Field field : entity.getDeclaredFields()) {
				if (field.isAnnotationPresent(Version.class)) {
					versioned.add(entity.getSimpleName());
					PropertyDescriptor property = BeanUtils.getPropertyDescriptor(entity, field.getName());
					if (property == null || property.getReadMethod() == null) {
						withoutGetter.add(entity.getSimpleName() + "." + field.getName());
					}
				}
			}
		}

		assertThat(versioned).contains("Order", "Payment", "Product", "User");
		assertThat(withoutGetter).isEmpty();
	}

}
