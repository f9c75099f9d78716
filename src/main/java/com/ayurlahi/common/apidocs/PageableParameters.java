package com.ayurlahi.common.apidocs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * A list's {@code Pageable} as the three query parameters it is read from ({@code page},
 * {@code size}, {@code sort}), instead of one object parameter no client could send.
 */
class PageableParameters implements OperationCustomizer {

	private static final String PAGEABLE = "#/components/schemas/Pageable";

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (operation.getParameters() == null) {
			return operation;
		}
		List<Parameter> parameters = new ArrayList<>();
		for (Parameter parameter : operation.getParameters()) {
			if (parameter.getSchema() != null && PAGEABLE.equals(parameter.getSchema().get$ref())) {
				parameters
					.add(query("page", "The page, from 0", new IntegerSchema()._default(0).minimum(BigDecimal.ZERO)));
				parameters.add(query("size", "Rows per page, at most 100",
						new IntegerSchema()._default(20).minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(100))));
				parameters.add(query("sort", "`property,asc` or `property,desc`; may be repeated",
						new ArraySchema().items(new StringSchema())));
			}
			else {
				parameters.add(parameter);
			}
		}
		operation.setParameters(parameters);
		return operation;
	}

	private static Parameter query(String name, String description, Schema<?> schema) {
		return new Parameter().in("query").name(name).description(description).required(false).schema(schema);
	}

}
