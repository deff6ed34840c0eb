//! Report functions, like Graph's `reports/getOffice365ServicesUserCounts(period='D7')`:
//! JSON on `/beta`, a `302` to a CSV download on `/v1.0`.

use axum::http::StatusCode;
use axum::http::header::{HeaderValue, LOCATION};
use axum::response::Response;
use graph_entity::csv::Columns;
use serde::Serialize;

use crate::reply::{self, Ids};

/// The periods Graph's usage reports accept.
const PERIODS: [&str; 4] = ["D7", "D30", "D90", "D180"];

/// A report function and its rows, written once in both forms.
pub struct Report {
    /// The function's path without arguments, e.g. `reports/getOffice365ServicesUserCounts`.
    function: String,
    odata_type: &'static str,
    /// The rows' JSON, joined by commas.
    rows_json: String,
    /// The CSV file, with the byte order mark Graph's downloads start with.
    csv: Vec<u8>,
}

impl Report {
    pub fn new<T: Columns + Serialize + graph_entity::Entity>(
        function: String,
        rows: &[T],
    ) -> Result<Self, String> {
        let json: Result<Vec<String>, _> = rows.iter().map(serde_json::to_string).collect();
        let json = json.map_err(|e| format!("report {function}: a row is not JSON: {e}"))?;
        let mut csv = "\u{feff}".as_bytes().to_vec();
        graph_entity::csv::write(&mut csv, rows)
            .map_err(|e| format!("report {function}: the rows are not CSV: {e}"))?;
        Ok(Report {
            function,
            odata_type: T::ODATA_TYPE,
            rows_json: json.join(","),
            csv,
        })
    }

    pub fn function(&self) -> &str {
        &self.function
    }

    /// The download's file name: the function's last segment, `.csv`.
    pub fn file_name(&self) -> String {
        let name = self.function.rsplit('/').next().unwrap_or_default();
        format!("{name}.csv")
    }

    /// Answers `function(args)`: `args` must be `period='D7'` (or D30, D90, D180).
    pub fn call(&self, base_url: &str, version: &str, args: &str, ids: &Ids) -> Response {
        let period = args
            .strip_prefix("period=")
            .and_then(|p| p.strip_prefix('\''))
            .and_then(|p| p.strip_suffix('\''));
        if !period.is_some_and(|p| PERIODS.contains(&p)) {
            let message = format!(
                "invalid arguments ({}) for {}: expected period='D7', 'D30', 'D90' or 'D180'",
                args.chars().take(64).collect::<String>(),
                self.function
            );
            return reply::error(StatusCode::BAD_REQUEST, "BadRequest", message, ids);
        }
        if version == "beta" {
            let body = format!(
                "{{\"@odata.context\":\"{base_url}/beta/$metadata#Collection({})\",\"value\":[{}]}}",
                self.odata_type, self.rows_json
            );
            return reply::json(StatusCode::OK, body);
        }
        let mut response = reply::empty(StatusCode::FOUND);
        let location = format!("{base_url}/downloads/{}", self.file_name());
        if let Ok(location) = HeaderValue::from_str(&location) {
            response.headers_mut().insert(LOCATION, location);
        }
        response
    }

    /// The CSV file.
    pub fn download(&self) -> Response {
        reply::with_body(StatusCode::OK, "application/octet-stream", self.csv.clone())
    }
}
