; icmp/select canonicalizations and vector<->integer bitcasts not covered by the earlier rounds.

;; pair: icmp ult x, 1 is icmp eq x, 0
;; expect: proved
;; source
define i1 @f(i32 %x) {
  %r = icmp ult i32 %x, 1
  ret i1 %r
}
;; target
define i1 @f(i32 %x) {
  %r = icmp eq i32 %x, 0
  ret i1 %r
}

;; pair: icmp sgt x, -1 is not icmp ne x, -1
;; expect: wrong
;; source
define i1 @f(i32 %x) {
  %r = icmp sgt i32 %x, -1
  ret i1 %r
}
;; target
define i1 @f(i32 %x) {
  %r = icmp ne i32 %x, -1
  ret i1 %r
}

;; pair: (x & 1) == 0 selecting between two constants becomes an xor of the low bit
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %a = and i32 %x, 1
  %c = icmp eq i32 %a, 0
  %r = select i1 %c, i32 10, i32 11
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %a = and i32 %x, 1
  %r = or i32 %a, 10
  ret i32 %r
}

;; pair: select (x == 0), 0, x is x
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %c = icmp eq i32 %x, 0
  %r = select i1 %c, i32 0, i32 %x
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: select (x == 0), 1, x is not x
;; expect: wrong
;; source
define i32 @f(i32 %x) {
  %c = icmp eq i32 %x, 0
  %r = select i1 %c, i32 1, i32 %x
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: select (x == 0), 1, x is umax(x, 1)
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %c = icmp eq i32 %x, 0
  %r = select i1 %c, i32 1, i32 %x
  ret i32 %r
}
;; target
declare i32 @llvm.umax.i32(i32, i32)
define i32 @f(i32 %x) {
  %r = call i32 @llvm.umax.i32(i32 %x, i32 1)
  ret i32 %r
}

;; pair: select (x u> 5), 5, x with a noundef x is umin(x, 5)... but x udiv-free: select c, 5, x where c is x == 7 is not umin
;; expect: wrong
;; source
define i32 @f(i32 noundef %x) {
  %c = icmp eq i32 %x, 7
  %r = select i1 %c, i32 5, i32 %x
  ret i32 %r
}
;; target
declare i32 @llvm.umin.i32(i32, i32)
define i32 @f(i32 noundef %x) {
  %r = call i32 @llvm.umin.i32(i32 %x, i32 5)
  ret i32 %r
}

;; pair: select on the sign bit becomes an ashr mask
;; expect: proved
;; source
define i32 @f(i32 %x, i32 noundef %y) {
  %c = icmp slt i32 %x, 0
  %r = select i1 %c, i32 %y, i32 0
  ret i32 %r
}
;; target
define i32 @f(i32 %x, i32 noundef %y) {
  %m = ashr i32 %x, 31
  %r = and i32 %m, %y
  ret i32 %r
}

;; pair: select on the sign bit becomes an lshr mask (wrong: only the low bit set)
;; expect: wrong
;; source
define i32 @f(i32 noundef %x, i32 noundef %y) {
  %c = icmp slt i32 %x, 0
  %r = select i1 %c, i32 %y, i32 0
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x, i32 noundef %y) {
  %m = lshr i32 %x, 31
  %r = and i32 %m, %y
  ret i32 %r
}

;; pair: select c, x, (x + 1) for a maybe-poison c becomes x + zext(!c)
;; expect: proved
;; source
define i32 @f(i1 %c, i32 %x) {
  %a = add i32 %x, 1
  %r = select i1 %c, i32 %x, i32 %a
  ret i32 %r
}
;; target
define i32 @f(i1 %c, i32 %x) {
  %n = xor i1 %c, true
  %z = zext i1 %n to i32
  %r = add i32 %x, %z
  ret i32 %r
}

;; pair: a vector icmp of two bitcast halves equals an integer compare
;; expect: proved
;; source
define i1 @f(i64 %x, i64 %y) {
  %a = bitcast i64 %x to <2 x i32>
  %b = bitcast i64 %y to <2 x i32>
  %c = icmp eq <2 x i32> %a, %b
  %c0 = extractelement <2 x i1> %c, i32 0
  %c1 = extractelement <2 x i1> %c, i32 1
  %r = and i1 %c0, %c1
  ret i1 %r
}
;; target
define i1 @f(i64 %x, i64 %y) {
  %r = icmp eq i64 %x, %y
  ret i1 %r
}

;; pair: bitcast i64 to <2 x i32> lane 1 is the high half
;; expect: proved
;; source
define i32 @f(i64 %x) {
  %v = bitcast i64 %x to <2 x i32>
  %r = extractelement <2 x i32> %v, i32 1
  ret i32 %r
}
;; target
define i32 @f(i64 %x) {
  %h = lshr i64 %x, 32
  %r = trunc i64 %h to i32
  ret i32 %r
}

;; pair: bitcast i64 to <2 x i32> lane 1 is not the low half
;; expect: wrong
;; source
define i32 @f(i64 %x) {
  %v = bitcast i64 %x to <2 x i32>
  %r = extractelement <2 x i32> %v, i32 1
  ret i32 %r
}
;; target
define i32 @f(i64 %x) {
  %r = trunc i64 %x to i32
  ret i32 %r
}

;; pair: bitcast <2 x i32> with a poison lane to i64 then trunc: the whole i64 is poison, target returns lane 0
;; expect: proved
;; source
define i32 @f(i32 %a) {
  %v = insertelement <2 x i32> poison, i32 %a, i32 0
  %w = bitcast <2 x i32> %v to i64
  %r = trunc i64 %w to i32
  ret i32 %r
}
;; target
define i32 @f(i32 %a) {
  ret i32 %a
}

;; pair: bitcast <2 x i32> with an undef lane to i64: the high half is undef, the low half is lane 0
;; expect: wrong
;; source
define i32 @f(i32 noundef %a) {
  %v = insertelement <2 x i32> undef, i32 %a, i32 0
  %w = bitcast <2 x i32> %v to i64
  %r = trunc i64 %w to i32
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %a) {
  %r = add i32 %a, 1
  ret i32 %r
}

;; pair: bitcast <2 x i32> with an undef lane to i64: the low half is lane 0
;; expect: proved
;; source
define i32 @f(i32 noundef %a) {
  %v = insertelement <2 x i32> undef, i32 %a, i32 0
  %w = bitcast <2 x i32> %v to i64
  %r = trunc i64 %w to i32
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %a) {
  ret i32 %a
}

;; pair: bitcast <2 x i16> through a phi to i32 and back, lane swap is wrong
;; expect: wrong
;; source
define <2 x i16> @f(i32 noundef %x) {
  %v = bitcast i32 %x to <2 x i16>
  ret <2 x i16> %v
}
;; target
define <2 x i16> @f(i32 noundef %x) {
  %r = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 16)
  %v = bitcast i32 %r to <2 x i16>
  ret <2 x i16> %v
}
declare i32 @llvm.fshl.i32(i32, i32, i32)

;; pair: bitcast i32 to <2 x i16> after rotating by 16 is the lane-swapped shuffle
;; expect: proved
;; source
declare i32 @llvm.fshl.i32(i32, i32, i32)
define <2 x i16> @f(i32 noundef %x) {
  %r = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 16)
  %v = bitcast i32 %r to <2 x i16>
  ret <2 x i16> %v
}
;; target
declare i32 @llvm.fshl.i32(i32, i32, i32)
define <2 x i16> @f(i32 noundef %x) {
  %v = bitcast i32 %x to <2 x i16>
  %s = shufflevector <2 x i16> %v, <2 x i16> poison, <2 x i32> <i32 1, i32 0>
  ret <2 x i16> %s
}
