; phi nodes: poison/undef incoming values, parallel-copy semantics, critical edges, same value on all edges.

;; pair: phi with a poison incoming value replaced by the other incoming value
;; expect: proved
;; source
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ poison, %a ], [ %x, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  ret i32 %x
}

;; pair: phi with an undef incoming value replaced by a maybe-poison incoming value
;; expect: wrong
;; source
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ undef, %a ], [ %x, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  ret i32 %x
}

;; pair: phi with an undef incoming value replaced by a noundef incoming value
;; expect: proved
;; source
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ undef, %a ], [ %x, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  ret i32 %x
}

;; pair: phi with an undef incoming value replaced by an add nsw that may overflow (poison)
;; expect: wrong
;; source
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  %y = add nsw i32 %x, 1
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ undef, %a ], [ %y, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  %y = add nsw i32 %x, 1
  ret i32 %y
}

;; pair: phi of the same value on all edges is that value
;; expect: proved
;; source
define i32 @f(i32 noundef %s, i32 %x) {
entry:
  switch i32 %s, label %d [ i32 1, label %a
                            i32 2, label %b ]
a:
  br label %m
b:
  br label %m
d:
  br label %m
m:
  %p = phi i32 [ %x, %a ], [ %x, %b ], [ %x, %d ]
  ret i32 %p
}
;; target
define i32 @f(i32 noundef %s, i32 %x) {
entry:
  ret i32 %x
}

;; pair: phi of a frozen condition's arms turned into a select on the unfrozen condition
;; expect: wrong
;; source
define i32 @f(i1 %c, i32 noundef %x, i32 noundef %y) {
entry:
  %fc = freeze i1 %c
  br i1 %fc, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ %x, %a ], [ %y, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 %c, i32 noundef %x, i32 noundef %y) {
entry:
  %r = select i1 %c, i32 %x, i32 %y
  ret i32 %r
}

;; pair: phi of a branch on a maybe-poison condition turned into a select on it (source UB on poison)
;; expect: proved
;; source
define i32 @f(i1 %c, i32 %x, i32 %y) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ %x, %a ], [ %y, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 %c, i32 %x, i32 %y) {
entry:
  %r = select i1 %c, i32 %x, i32 %y
  ret i32 %r
}

;; pair: phis in a loop are parallel copies: swapping two values once
;; expect: proved
;; source
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %a = phi i32 [ %x, %entry ], [ %b, %loop ]
  %b = phi i32 [ %y, %entry ], [ %a, %loop ]
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %i1, 2
  br i1 %done, label %exit, label %loop
exit:
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  %r = sub i32 %y, %x
  ret i32 %r
}

;; pair: phis in a loop are parallel copies, target assumes the second phi sees the updated first
;; expect: wrong
;; source
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %a = phi i32 [ %x, %entry ], [ %b, %loop ]
  %b = phi i32 [ %y, %entry ], [ %a, %loop ]
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %i1, 2
  br i1 %done, label %exit, label %loop
exit:
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  ret i32 0
}

;; pair: a phi that reads another phi of the same block on the back edge reads its old value
;; expect: wrong
;; source
define i32 @f(i32 noundef %x) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %prev = phi i32 [ 100, %entry ], [ %i, %loop ]
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %i1, 3
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %prev
}
;; target
define i32 @f(i32 noundef %x) {
entry:
  ret i32 2
}

;; pair: a phi that reads another phi of the same block on the back edge: value after 3 iterations is 1
;; expect: proved
;; source
define i32 @f(i32 noundef %x) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %prev = phi i32 [ 100, %entry ], [ %i, %loop ]
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %i1, 3
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %prev
}
;; target
define i32 @f(i32 noundef %x) {
entry:
  ret i32 1
}

;; pair: noundef return reached through a phi with a poison incoming value: that path is UB
;; expect: proved
;; source
define noundef i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ poison, %a ], [ 7, %b ]
  ret i32 %p
}
;; target
define noundef i32 @f(i1 noundef %c) {
entry:
  ret i32 7
}

;; pair: noundef return: target returns poison on the path the source returns 7
;; expect: wrong
;; source
define noundef i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ poison, %a ], [ 7, %b ]
  ret i32 %p
}
;; target
define noundef i32 @f(i1 noundef %c) {
entry:
  %r = select i1 %c, i32 7, i32 poison
  ret i32 %r
}

;; pair: noundef return reached through a phi with an undef incoming value: target returns 0 there
;; expect: proved
;; source
define noundef i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ undef, %a ], [ %x, %b ]
  ret i32 %p
}
;; target
define noundef i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  %r = select i1 %c, i32 0, i32 %x
  ret i32 %r
}

;; pair: phi of undef: the value at two uses may differ, target returns 1 for p xor p (allowed)
;; expect: right
;; source
define i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ undef, %a ], [ 0, %b ]
  %r = xor i32 %p, %p
  ret i32 %r
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  %r = select i1 %c, i32 1, i32 0
  ret i32 %r
}

;; pair: phi of undef masked with 1 cannot be 2
;; expect: wrong
;; source
define i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ undef, %a ], [ 0, %b ]
  %r = and i32 %p, 1
  ret i32 %r
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  %r = select i1 %c, i32 2, i32 0
  ret i32 %r
}

;; pair: critical edge split: a branch straight to the join gets its own block
;; expect: proved
;; source
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  br i1 %c, label %a, label %m
a:
  %y = add i32 %x, 1
  br label %m
m:
  %p = phi i32 [ %y, %a ], [ %x, %entry ]
  ret i32 %p
}
;; target
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  br i1 %c, label %a, label %split
split:
  br label %m
a:
  %y = add i32 %x, 1
  br label %m
m:
  %p = phi i32 [ %y, %a ], [ %x, %split ]
  ret i32 %p
}

;; pair: critical edge split, target's phi keeps the old predecessor's value swapped
;; expect: wrong
;; source
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  br i1 %c, label %a, label %m
a:
  %y = add i32 %x, 1
  br label %m
m:
  %p = phi i32 [ %y, %a ], [ %x, %entry ]
  ret i32 %p
}
;; target
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  br i1 %c, label %split, label %a
split:
  br label %m
a:
  %y = add i32 %x, 1
  br label %m
m:
  %p = phi i32 [ %y, %a ], [ %x, %split ]
  ret i32 %p
}

;; pair: conditional branch with both successors equal: phi lists the predecessor twice
;; expect: proved
;; source
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  br i1 %c, label %m, label %m
m:
  %p = phi i32 [ %x, %entry ], [ %x, %entry ]
  ret i32 %p
}
;; target
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  ret i32 %x
}

;; pair: phi of two different poison-generating adds merged into one add on the phi (nsw kept on both)
;; expect: proved
;; source
define i32 @f(i1 noundef %c, i32 %x, i32 %y) {
entry:
  br i1 %c, label %a, label %b
a:
  %s1 = add nsw i32 %x, 1
  br label %m
b:
  %s2 = add nsw i32 %y, 1
  br label %m
m:
  %p = phi i32 [ %s1, %a ], [ %s2, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 noundef %c, i32 %x, i32 %y) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %q = phi i32 [ %x, %a ], [ %y, %b ]
  %p = add nsw i32 %q, 1
  ret i32 %p
}

;; pair: phi of add nsw and plain add merged keeping nsw (wrong on the plain path)
;; expect: wrong
;; source
define i32 @f(i1 noundef %c, i32 %x, i32 %y) {
entry:
  br i1 %c, label %a, label %b
a:
  %s1 = add nsw i32 %x, 1
  br label %m
b:
  %s2 = add i32 %y, 1
  br label %m
m:
  %p = phi i32 [ %s1, %a ], [ %s2, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 noundef %c, i32 %x, i32 %y) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %q = phi i32 [ %x, %a ], [ %y, %b ]
  %p = add nsw i32 %q, 1
  ret i32 %p
}

;; pair: phi of ptr values: gep merged through the phi
;; expect: proved
;; source
define ptr @f(i1 noundef %c, ptr %p, ptr %q) {
entry:
  br i1 %c, label %a, label %b
a:
  %g1 = getelementptr i8, ptr %p, i64 4
  br label %m
b:
  %g2 = getelementptr i8, ptr %q, i64 4
  br label %m
m:
  %r = phi ptr [ %g1, %a ], [ %g2, %b ]
  ret ptr %r
}
;; target
define ptr @f(i1 noundef %c, ptr %p, ptr %q) {
entry:
  %s = select i1 %c, ptr %p, ptr %q
  %r = getelementptr i8, ptr %s, i64 4
  ret ptr %r
}

;; pair: phi merges inbounds gep and plain gep, target keeps inbounds
;; expect: wrong
;; source
define ptr @f(i1 noundef %c, ptr %p, ptr %q) {
entry:
  br i1 %c, label %a, label %b
a:
  %g1 = getelementptr inbounds i8, ptr %p, i64 4
  br label %m
b:
  %g2 = getelementptr i8, ptr %q, i64 4
  br label %m
m:
  %r = phi ptr [ %g1, %a ], [ %g2, %b ]
  ret ptr %r
}
;; target
define ptr @f(i1 noundef %c, ptr %p, ptr %q) {
entry:
  %s = select i1 %c, ptr %p, ptr %q
  %r = getelementptr inbounds i8, ptr %s, i64 4
  ret ptr %r
}
