// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace eventdesk::json {

// A quick yes for the usual case of an append: whether bytes are one JSON object in
// plain form — ASCII, no \u escapes, numbers of at most 17 digits with a two-digit
// exponent, nesting at most 64 deep — which is what QJsonDocument::toJson writes for
// ordinary data. It builds nothing and allocates nothing. false means "not plain",
// not "invalid": the caller then asks QJsonDocument, which alone decides a refusal.
// Every text this accepts, QJsonDocument::fromJson accepts as an object.
bool isPlainObject(QByteArrayView bytes);

} // namespace eventdesk::json
