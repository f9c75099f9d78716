/**
 * The catalog: manufacturers' products (price, GST rate, HSN code, MRP, pack, stock),
 * their stock kept honest with conditional updates, bulk stock changes from CSV, and the
 * search clinics use: {@link ProductCatalog} reads it as each role may,
 * {@link ProductListing} is a manufacturer's listing of its products. Only an approved
 * manufacturer lists products; clinics see only active products of manufacturers that may
 * sell today. Reacts to {@link com.ayurlahi.manufacturers.ManufacturerSaved}; every
 * change is audited.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "manufacturers", "profiles", "users" })
package com.ayurlahi.products;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
