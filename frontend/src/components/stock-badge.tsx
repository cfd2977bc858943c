import { Badge } from './badge';

export function StockBadge({ inStock }: { inStock: boolean }) {
  return inStock ? <Badge tone="success">In stock</Badge> : <Badge tone="muted">Sold out</Badge>;
}
