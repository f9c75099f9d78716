/**
 * GST on a supply of goods: which tax applies (CGST + SGST/UTGST within a state, IGST
 * across states) and the amounts per line and in total. The one tax calculator the cart,
 * orders, invoices and credit notes use.
 */
@NullMarked
@NamedInterface("tax")
package com.ayurlahi.common.tax;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
