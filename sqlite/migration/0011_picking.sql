-- What the warehouse recorded when it picked an order line (weighed
-- goods, short or substituted picks), as JSON; '' when nothing was.
ALTER TABLE order_lines ADD COLUMN picking TEXT NOT NULL DEFAULT '';
