/**
 * The settlement ledger's writer ({@link LedgerEntries}): the append-only rows of each
 * capture's split and each processed refund's reversal, written in those transactions.
 * The ledger is read through {@link com.ayurlahi.payments.SettlementLedger}.
 */
@NullMarked
package com.ayurlahi.payments.ledger;

import org.jspecify.annotations.NullMarked;
